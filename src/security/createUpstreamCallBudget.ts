import type { Redis } from 'ioredis';
import type { Caller } from './Caller.js';
import { counterKey, fixedWindow, rateLimited } from './createRateLimiter.js';

/** A caller's budget of upstream calls in the current minute. */
export interface UpstreamCallBudget {
  /**
   * Before an operation runs: reserves its estimate, or throws RATE_LIMITED
   * when that would take the caller past the budget. A refused operation
   * makes no upstream call, so it keeps nothing of the budget.
   */
  reserve(caller: Caller, clientAddress: string, calls: number): Promise<UpstreamCallReservation>;
  /** Counts calls made outside any reservation (a subscription's later events); never throws a limit. */
  charge(caller: Caller, clientAddress: string, calls: number): Promise<void>;
}

/** An operation's estimate, held from the budget until it has run. */
export interface UpstreamCallReservation {
  /**
   * After it ran: turns the estimate into the calls it made, counting the
   * ones beyond it (retries, longer lists) and giving back the ones it did not
   * make (an error before its reads, an estimate above what it read). Never
   * throws a limit: the answer is made, a spent budget refuses the next one.
   */
  settle(callsMade: number): Promise<void>;
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
 * by address while authentication is off), in their own counters. The
 * estimate is reserved before an operation runs so that concurrent operations
 * cannot all pass a budget only one of them fits in; what is finally counted
 * is the calls the operation made.
 */
export function createUpstreamCallBudget(
  options: UpstreamCallBudgetOptions,
): UpstreamCallBudget | undefined {
  const { perMinute } = options;
  if (perMinute === 0) return undefined;
  const window = fixedWindow('upstream-calls', perMinute, options.redis);
  return {
    async reserve(caller, clientAddress, calls) {
      const key = counterKey(caller, clientAddress);
      if (calls <= 0) {
        return { settle: async (made) => void (made > 0 && (await window.consume(key, made))) };
      }
      const taken = await window.take(key, calls);
      if (taken.retryAfterSeconds !== undefined) {
        await window.refund(key, calls, taken);
        throw rateLimited(
          `Budget of ${perMinute} upstream calls per minute reached (this operation needs an estimated ${calls}); retry after ${taken.retryAfterSeconds} s`,
          'UPSTREAM_CALL_BUDGET',
          taken.retryAfterSeconds,
          { estimatedUpstreamCalls: calls, upstreamCallsPerMinute: perMinute },
        );
      }
      return {
        async settle(made) {
          if (made > calls) await window.consume(key, made - calls);
          else await window.refund(key, calls - made, taken);
        },
      };
    },
    async charge(caller, clientAddress, calls) {
      if (calls > 0) await window.consume(counterKey(caller, clientAddress), calls);
    },
  };
}
