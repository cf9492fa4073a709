export { RequestBudget } from './RequestBudget.js';
export { RetryBudget } from './RetryBudget.js';
export {
  UpstreamPolicies,
  type BreakerState,
  type PolicyCall,
  type UpstreamApi,
  type UpstreamPolicyOptions,
} from './UpstreamPolicies.js';
export { isDerivedKey } from './isDerivedKey.js';
export type { IdempotencyRecord, IdempotencyStore } from './IdempotencyStore.js';
export { InMemoryIdempotencyStore } from './InMemoryIdempotencyStore.js';
export { RedisIdempotencyStore } from './RedisIdempotencyStore.js';
export {
  DEFAULT_IDEMPOTENCY_TIMING,
  IDEMPOTENCY_TTL_MS,
  runOnce,
  type IdempotencyTiming,
  type RunOnceOptions,
} from './runOnce.js';
export {
  sendPaidWrite,
  WRITE_OUTCOME_UNKNOWN,
  type PaidWrite,
  type PaidWriteRules,
  type UnsettledWrite,
  type WriteCheck,
} from './sendPaidWrite.js';
