import type { Redis } from 'ioredis';
import type { Caller } from './Caller.js';
import { counterKey, fixedWindow, rateLimited } from './createRateLimiter.js';

/** A caller's budget of upstream calls in the current minute. */
export interface UpstreamCallBudget {
  /**
   * Before an operation runs: counts its estimate, and throws RATE_LIMITED
   * when that takes the caller past the budget (the attempt still counts,
   * as with the operation rate limit, until the minute ends).
   */
  spend(caller: Caller, clientAddress: string, calls: number): Promise<void>;
  /** After it ran: counts what it made beyond the estimate (retries, longer lists); never throws a limit. */
  charge(caller: Caller, clientAddress: string, calls: number): Promise<void>;
}

export interface UpstreamCallBudgetOptions {
  /** Upstream calls per caller per minute; 0 turns the budget off. */
  perMinute: number;
  /** Counters shared by every replica; without it, this process counts alone. */
  redis?: Redis;
}

/**
 * Every tenant reaches Wix with the one API key, so Wix's quota is shared:
 * this keeps one caller from spending it for everyone. The same fixed
 * one-minute windows and keys as the operation rate limit (by credential, or
 * by address while authentication is off), in their own counters.
 */
export function createUpstreamCallBudget(
  options: UpstreamCallBudgetOptions,
): UpstreamCallBudget | undefined {
  const { perMinute } = options;
  if (perMinute === 0) return undefined;
  const window = fixedWindow('upstream-calls', perMinute, options.redis);
  return {
    async spend(caller, clientAddress, calls) {
      if (calls <= 0) return;
      const over = await window.consume(counterKey(caller, clientAddress), calls);
      if (over === undefined) return;
      throw rateLimited(
        `Budget of ${perMinute} upstream calls per minute reached (this operation needs an estimated ${calls}); retry after ${over} s`,
        'UPSTREAM_CALL_BUDGET',
        over,
        { estimatedUpstreamCalls: calls, upstreamCallsPerMinute: perMinute },
      );
    },
    async charge(caller, clientAddress, calls) {
      if (calls > 0) await window.consume(counterKey(caller, clientAddress), calls);
    },
  };
}
