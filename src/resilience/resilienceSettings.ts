import { choiceSetting, integerSetting, settingGroup, type ConfigOf } from '../config/setting.js';

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
        'Retries of one upstream read after a transient failure (5xx, lost connection, timeout, 429 within `RATE_LIMIT_MAX_WAIT_MS`). For a paid write: resends, each only after reading it back proved it absent (with `WIX_IDEMPOTENCY_REPLAY=trusted`: retries under its key). `0` turns them off.',
    }),
    idempotencyReplay: choiceSetting({
      name: 'WIX_IDEMPOTENCY_REPLAY',
      values: ['untrusted', 'trusted'],
      default: 'untrusted',
      description:
        'Whether Wix is trusted to replay the first answer when a paid write is sent again under the same `idempotencyKey`. Wix does not document that it does ([Idempotency](wix-api.md#idempotency)): `untrusted` reads the upstream back after a lost answer and resends only a write proven absent ([how](operations.md#resilience)); `trusted` resends under the key without reading, which provisions twice if Wix does not de-duplicate.',
    }),
    paidWriteSettleMs: integerSetting({
      name: 'PAID_WRITE_SETTLE_MS',
      unit: 'milliseconds',
      default: 60_000,
      min: 0,
      max: 3_600_000,
      description:
        'How long after a paid write that got no answer in time Wix may still apply it: until then, not finding it upstream proves nothing and it is not sent again (the gateway keeps reading within `REQUEST_BUDGET_MS`, then answers `WRITE_OUTCOME_UNKNOWN`). Wix documents no such figure.',
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
