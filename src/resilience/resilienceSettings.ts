import { integerSetting, settingGroup, type ConfigOf } from '../config/setting.js';

/** Retries, budgets and circuit breakers around every upstream call (UpstreamPolicies). */
export const resilienceSettings = settingGroup({
  title: 'Resilience',
  about:
    'What happens when Wix is slow, failing or rate-limiting ([operations.md](operations.md)).',
  settings: {
    requestBudgetMs: integerSetting({
      name: 'REQUEST_BUDGET_MS',
      unit: 'milliseconds',
      default: 30_000,
      min: 1,
      max: 600_000,
      description:
        'Time budget of one GraphQL request for all its upstream calls, retries and waits; no retry or `Retry-After` wait starts that would end past it, and a call started with the budget spent fails (`UPSTREAM_TIMEOUT`, `reason: REQUEST_BUDGET_SPENT`).',
    }),
    retries: integerSetting({
      name: 'UPSTREAM_RETRIES',
      unit: 'retries',
      default: 2,
      min: 0,
      max: 10,
      defaultNote: '(at most 3 attempts)',
      description:
        'Retries of one upstream call after a transient failure (5xx, lost connection, timeout, 429 within `RATE_LIMIT_MAX_WAIT_MS`): reads, and writes carrying an idempotency key, only. `0` turns retries off.',
    }),
    baseDelayMs: integerSetting({
      name: 'RETRY_BASE_DELAY_MS',
      unit: 'milliseconds',
      default: 100,
      min: 0,
      max: 60_000,
      description:
        'First backoff; doubled per retry, with full jitter (a random wait from 0 up to it).',
    }),
    maxDelayMs: integerSetting({
      name: 'RETRY_MAX_DELAY_MS',
      unit: 'milliseconds',
      default: 2_000,
      min: 0,
      max: 600_000,
      description: 'Largest backoff before jitter.',
    }),
    retryBudgetPercent: integerSetting({
      name: 'RETRY_BUDGET_PERCENT',
      unit: 'percent',
      default: 20,
      min: 0,
      max: 1_000,
      description:
        'Process-wide retry budget: retries may add at most this share of the upstream calls of the last 10 s (plus 10 retries), so an outage is not multiplied by retry storms.',
    }),
    rateLimitMaxWaitMs: integerSetting({
      name: 'RATE_LIMIT_MAX_WAIT_MS',
      unit: 'milliseconds',
      default: 2_000,
      min: 0,
      max: 600_000,
      description:
        'Longest 429 `Retry-After` waited out before retrying; a longer one answers `RATE_LIMITED` with the wait in `extensions.retryAfterSeconds`.',
    }),
    breakerFailureThreshold: integerSetting({
      name: 'BREAKER_FAILURE_THRESHOLD',
      unit: 'failed attempts',
      default: 10,
      min: 1,
      max: 1_000,
      description:
        'Consecutive failed attempts (5xx, lost connection, timeout) on one upstream API (Resellers, Site Transfer, Sites) that open its circuit breaker; calls then fail fast with `UPSTREAM_UNAVAILABLE`.',
    }),
    breakerHalfOpenAfterMs: integerSetting({
      name: 'BREAKER_HALF_OPEN_AFTER_MS',
      unit: 'milliseconds',
      default: 10_000,
      min: 1,
      max: 3_600_000,
      description:
        'How long an open breaker fails fast (`UPSTREAM_UNAVAILABLE`, `reason: CIRCUIT_OPEN`) before one probe call goes through.',
    }),
  },
});

export type ResilienceConfig = ConfigOf<typeof resilienceSettings>;
