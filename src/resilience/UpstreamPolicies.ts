import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  DelegateBackoff,
  IsolatedCircuitError,
  circuitBreaker,
  handleWhen,
  retry,
  type CircuitBreakerPolicy,
} from 'cockatiel';
import {
  GatewayError,
  GatewayErrorCode,
  isGatewayError,
  upstreamUnavailable,
} from '../errors/index.js';
import type { RequestBudget } from './RequestBudget.js';
import { RetryBudget } from './RetryBudget.js';

/** The three Wix APIs, each behind its own circuit breaker. */
export type UpstreamApi = 'resellers' | 'siteTransfer' | 'sites';

export type BreakerState = 'closed' | 'open' | 'halfOpen' | 'isolated';

export interface UpstreamPolicyOptions {
  /** Retries after the first attempt (0 = none). */
  retries: number;
  /** First backoff in ms, doubled per retry, before full jitter. */
  baseDelayMs: number;
  /** Largest backoff in ms, before jitter. */
  maxDelayMs: number;
  /** Retries may add at most this % of the calls of the last 10 s (plus 10). */
  retryBudgetPercent: number;
  /** Longest `Retry-After` waited out, in ms; longer → RATE_LIMITED. */
  rateLimitMaxWaitMs: number;
  /** Consecutive failed attempts that open an API's breaker. */
  breakerFailureThreshold: number;
  /** Open → half-open delay, in ms. */
  breakerHalfOpenAfterMs: number;
}

/** What the pipeline needs to know about one upstream call. */
export interface PolicyCall {
  api: UpstreamApi;
  /**
   * Which failures another attempt may follow: any `transient` one (5xx, lost
   * connection, timeout, short 429: reads, and paid writes when Wix's replay
   * of an idempotency key is trusted), only a `refusal` that proves nothing
   * was done (a short 429: paid writes, whose lost answers sendPaidWrite
   * settles by reading), or `none`.
   */
  retry: 'transient' | 'refusal' | 'none';
  /** "get package …": names the call in gateway-written messages. */
  action: string;
}

const API_NAMES: Record<UpstreamApi, string> = {
  resellers: 'Resellers API',
  siteTransfer: 'Site Transfer API',
  sites: 'Site List API',
};

/**
 * The gateway's one resilience policy for upstream calls, per process:
 * retry (bounded, exponential backoff with full jitter, `Retry-After` up to a
 * cap, a process-wide retry budget, never past the request's budget) around a
 * circuit breaker per API around one attempt. Breakers are shared by all
 * requests on purpose: they hold upstream health, never tenant data.
 */
export class UpstreamPolicies {
  private readonly breakers: Record<UpstreamApi, CircuitBreakerPolicy>;
  private readonly retryBudget: RetryBudget;

  constructor(private readonly options: UpstreamPolicyOptions) {
    const breaker = () =>
      circuitBreaker(handleWhen(isUpstreamFault), {
        halfOpenAfter: options.breakerHalfOpenAfterMs,
        breaker: new ConsecutiveBreaker(options.breakerFailureThreshold),
      });
    this.breakers = { resellers: breaker(), siteTransfer: breaker(), sites: breaker() };
    this.retryBudget = new RetryBudget(options.retryBudgetPercent);
  }

  /** Each API's breaker state, for health checks and metrics. */
  breakerStates(): Record<UpstreamApi, BreakerState> {
    const state = (api: UpstreamApi): BreakerState => STATE_NAMES[this.breakers[api].state];
    return {
      resellers: state('resellers'),
      siteTransfer: state('siteTransfer'),
      sites: state('sites'),
    };
  }

  /** Takes one retry from the process-wide retry budget, if it has one left. */
  tryRetry(): boolean {
    return this.retryBudget.tryRetry();
  }

  /**
   * Runs `attempt` (one HTTP exchange, given its timeout in ms) under the
   * policy. `attempt` must throw GatewayErrors: their code says whether the
   * failure is transient.
   */
  async execute<T>(
    call: PolicyCall,
    budget: RequestBudget,
    timeoutMs: number,
    attempt: (timeoutMs: number) => Promise<T>,
  ): Promise<T> {
    let nextDelayMs = 0;
    let attempts = 0;
    let outOfTime: GatewayError | undefined;
    const shouldRetry = (error: unknown): boolean => {
      if (call.retry === 'none' || !(error instanceof GatewayError)) return false;
      if (call.retry === 'refusal' && error.code !== 'RATE_LIMITED') return false;
      const delay = this.delayBefore(error, attempts);
      if (delay === undefined) return false;
      if (delay >= budget.remainingMs()) {
        outOfTime = error;
        return false;
      }
      if (!this.retryBudget.tryRetry()) return false;
      nextDelayMs = delay;
      return true;
    };
    const policy = retry(handleWhen(shouldRetry), {
      maxAttempts: this.options.retries,
      backoff: new DelegateBackoff(() => nextDelayMs),
    });
    const breaker = this.breakers[call.api];
    this.retryBudget.recordCall();
    try {
      return await policy.execute(async () => {
        const remaining = budget.remainingMs();
        if (remaining <= 0) throw budgetSpent(call, budget, attempts);
        attempts += 1;
        try {
          return await breaker.execute(() => attempt(Math.min(timeoutMs, remaining)));
        } catch (error) {
          if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) {
            throw upstreamUnavailable(
              `Could not ${call.action}: Wix's ${API_NAMES[call.api]} is failing, so the gateway is not calling it for a while`,
              { reason: 'CIRCUIT_OPEN' },
            );
          }
          throw error;
        }
      });
    } catch (error) {
      // A retry the request's budget had no time for: a 429 keeps its
      // Retry-After (the actionable answer), anything else is a timeout.
      if (outOfTime && error === outOfTime && !isGatewayError(error, 'RATE_LIMITED')) {
        throw budgetSpent(call, budget, attempts, outOfTime);
      }
      throw error;
    }
  }

  /** Backoff before retry number `retried + 1`, or undefined when this failure is not retried. */
  private delayBefore(error: GatewayError, retried: number): number | undefined {
    const reason = error.extensions.reason;
    if (reason === 'CIRCUIT_OPEN' || reason === 'REQUEST_BUDGET_SPENT') return undefined;
    if (error.code === 'RATE_LIMITED') {
      const seconds = error.extensions.retryAfterSeconds;
      const wait = typeof seconds === 'number' ? seconds * 1000 : this.backoff(retried);
      return wait <= this.options.rateLimitMaxWaitMs ? wait : undefined;
    }
    if (isUpstreamFault(error)) return this.backoff(retried);
    return undefined;
  }

  /** Exponential backoff with full jitter (AWS architecture blog's "full jitter"). */
  private backoff(retried: number): number {
    const ceiling = Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** retried);
    return Math.round(Math.random() * ceiling);
  }
}

const STATE_NAMES: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'halfOpen',
  [CircuitState.Isolated]: 'isolated',
};

/** A failure that says the upstream is unhealthy: 5xx, unreachable, or too slow. 4xx and 429 do not. */
function isUpstreamFault(error: unknown): boolean {
  return (
    (isGatewayError(error, 'UPSTREAM_UNAVAILABLE') && error.extensions.reason !== 'CIRCUIT_OPEN') ||
    isGatewayError(error, 'UPSTREAM_TIMEOUT')
  );
}

function budgetSpent(
  call: PolicyCall,
  budget: RequestBudget,
  attempts: number,
  last?: GatewayError,
): GatewayError {
  const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
  return new GatewayError(
    GatewayErrorCode.UPSTREAM_TIMEOUT,
    `Could not ${call.action}: the request's time budget of ${budget.totalMs} ms ran out` +
      (last ? ` after ${tries}; last failure: ${last.message}` : ''),
    { reason: 'REQUEST_BUDGET_SPENT' },
  );
}
