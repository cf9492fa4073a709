export { startEmulator, DEFAULT_ACTIVATION_DELAY_MS } from './startEmulator.js';
export type { EmulatorOptions, RunningEmulator } from './startEmulator.js';
export { DEFAULT_API_KEY, SEED_IDS, createSeedState } from './seed.js';
export type { EmulatorState } from './state.js';
export { IDEMPOTENCY_MODES, idempotencyModeFromEnv } from './idempotency.js';
export type { IdempotencyMode } from './idempotency.js';
export type { FaultRule } from './faults.js';
export type { RequestLogEntry } from './requestLog.js';
