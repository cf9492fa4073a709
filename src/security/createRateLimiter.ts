import { HeaderMap } from '@apollo/server';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { GatewayError, GatewayErrorCode } from '../errors/index.js';
import type { Caller } from './Caller.js';

/**
 * Counts `operations` GraphQL operations of a caller (every operation of a
 * batched HTTP request counts); throws RATE_LIMITED past the limit.
 */
export type RateLimiter = (
  caller: Caller,
  clientAddress: string,
  operations?: number,
) => Promise<void>;

export interface RateLimiterOptions {
  /** Operations per caller per minute; 0 turns the limit off. */
  perMinute: number;
  /** Counters shared by every replica; without it, this process counts alone. */
  redis?: Redis;
}

/**
 * Per-caller fixed one-minute windows (rate-limiter-flexible: an atomic
 * INCR + expiry script on Redis, or memory). Callers are told apart by the
 * credential they presented (a digest of the token, or of the JWT's issuer
 * and subject), never by a display name, or by address while caller
 * authentication is off. If Redis fails, each replica falls back to counting
 * in memory (the limit is then per replica) rather than refusing or letting
 * everything through.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter | undefined {
  if (options.perMinute === 0) return undefined;
  const window = fixedWindow('rate-limit', options.perMinute, options.redis);
  return async (caller, clientAddress, operations = 1) => {
    const retryAfterSeconds = await window.consume(counterKey(caller, clientAddress), operations);
    if (retryAfterSeconds === undefined) return;
    throw rateLimited(
      `Rate limit of ${options.perMinute} operations per minute reached; retry after ${retryAfterSeconds} s`,
      'GATEWAY_RATE_LIMIT',
      retryAfterSeconds,
    );
  };
}

/** What a caller's counters are keyed by: its credential, or its address while authentication is off. */
export function counterKey(caller: Caller, clientAddress: string): string {
  return caller.credential === undefined
    ? `address:${clientAddress}`
    : `caller:${caller.credential}`;
}

/**
 * A one-minute window of `perMinute` points per key, shared on Redis when
 * given. `consume` counts points and `exhausted` only reads; both resolve to
 * the seconds until the window frees up when the key is at (`exhausted`) or
 * over (`consume`) its limit, undefined otherwise. `take` is `consume` that
 * also says when the window the points went to ends, so that `refund` can give
 * them back to that window and never to the next one.
 */
export interface FixedWindow {
  consume(key: string, points: number): Promise<number | undefined>;
  take(key: string, points: number): Promise<WindowTake>;
  refund(key: string, points: number, take: WindowTake): Promise<void>;
  exhausted(key: string): Promise<number | undefined>;
}

/** Points counted in one window: over the limit or not, and when that window ends. */
export interface WindowTake {
  /** Seconds until the window frees up, when the points took the key past its limit. */
  retryAfterSeconds?: number;
  /** When the window the points were counted in ends (ms since the epoch). */
  windowEndsAt: number;
}

export function fixedWindow(
  prefix: string,
  perMinute: number,
  redis: Redis | undefined,
): FixedWindow {
  const window = { points: perMinute, duration: 60 };
  const memory = new RateLimiterMemory({ ...window, keyPrefix: prefix });
  const limiter = redis
    ? new RateLimiterRedis({
        ...window,
        storeClient: redis,
        keyPrefix: prefix,
        insuranceLimiter: memory,
      })
    : memory;
  const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
  async function take(key: string, points: number): Promise<WindowTake> {
    try {
      const counted = await limiter.consume(key, points);
      return { windowEndsAt: Date.now() + counted.msBeforeNext };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return {
        retryAfterSeconds: seconds(rejection.msBeforeNext),
        windowEndsAt: Date.now() + rejection.msBeforeNext,
      };
    }
  }
  return {
    take,
    async consume(key, points) {
      return (await take(key, points)).retryAfterSeconds;
    },
    async refund(key, points, counted) {
      // rate-limiter-flexible rewards whatever window is current: one that
      // started since would be credited points it never counted.
      if (points > 0 && Date.now() < counted.windowEndsAt) await limiter.reward(key, points);
    },
    async exhausted(key) {
      const state = await limiter.get(key);
      return state && state.consumedPoints >= perMinute ? seconds(state.msBeforeNext) : undefined;
    },
  };
}

export function rateLimited(
  message: string,
  reason: string,
  retryAfterSeconds: number,
  extra: Record<string, unknown> = {},
): GatewayError {
  return new GatewayError(GatewayErrorCode.RATE_LIMITED, message, {
    reason,
    retryAfterSeconds,
    ...extra,
    // Read by Apollo for the HTTP status and headers; formatError drops it.
    http: {
      status: 429,
      headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]),
    },
  });
}
