import { HeaderMap } from '@apollo/server';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { GatewayError, GatewayErrorCode } from '../errors/index.js';
import { UNAUTHENTICATED_DEVELOPMENT_CALLER, type Caller } from './Caller.js';

/** Counts one GraphQL operation of a caller; throws RATE_LIMITED past the limit. */
export type RateLimiter = (caller: Caller, clientAddress: string) => Promise<void>;

export interface RateLimiterOptions {
  /** Operations per caller per minute; 0 turns the limit off. */
  perMinute: number;
  /** Counters shared by every replica; without it, this process counts alone. */
  redis?: Redis;
}

/**
 * Per-caller fixed one-minute windows (rate-limiter-flexible: an atomic
 * INCR + expiry script on Redis, or memory). Callers are told apart by their
 * token name or JWT subject, or by address while caller authentication is off.
 * If Redis fails, each replica falls back to counting in memory (the limit is
 * then per replica) rather than refusing or letting everything through.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter | undefined {
  if (options.perMinute === 0) return undefined;
  const window = { points: options.perMinute, duration: 60 };
  const memory = new RateLimiterMemory({ ...window, keyPrefix: 'rate-limit' });
  const limiter = options.redis
    ? new RateLimiterRedis({
        ...window,
        storeClient: options.redis,
        keyPrefix: 'rate-limit',
        insuranceLimiter: memory,
      })
    : memory;
  return async (caller, clientAddress) => {
    const key =
      caller === UNAUTHENTICATED_DEVELOPMENT_CALLER
        ? `address:${clientAddress}`
        : `caller:${caller.name}`;
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new GatewayError(
        GatewayErrorCode.RATE_LIMITED,
        `Rate limit of ${options.perMinute} operations per minute reached; retry after ${retryAfterSeconds} s`,
        {
          reason: 'GATEWAY_RATE_LIMIT',
          retryAfterSeconds,
          // Read by Apollo for the HTTP status and headers; formatError drops it.
          http: {
            status: 429,
            headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]),
          },
        },
      );
    }
  };
}
