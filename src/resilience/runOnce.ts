import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { failedPrecondition } from '../errors/index.js';
import type { IdempotencyStore } from './IdempotencyStore.js';

/** How long a GraphQL-level idempotency record lives by default: 24 h (`IDEMPOTENCY_TTL_SECONDS`). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** How long an unfinished run holds its key (a crashed run frees it after this). */
const PENDING_TTL_MS = 5 * 60 * 1000;
/** How often a repeat looks again whether the first run has finished. */
const POLL_MS = 50;

/** How long records live and repeats wait; from configuration. */
export interface IdempotencyTiming {
  /** Lifetime of a finished run's record, in ms. */
  ttlMs: number;
  /**
   * How long a repeat arriving while the first run is still going (on this or
   * another replica) waits for its result, in ms, before IDEMPOTENCY_KEY_IN_USE.
   */
  waitMs: number;
}

export const DEFAULT_IDEMPOTENCY_TIMING: IdempotencyTiming = Object.freeze({
  ttlMs: IDEMPOTENCY_TTL_MS,
  waitMs: 2_000,
});

export interface RunOnceOptions<T, R> {
  store: IdempotencyStore;
  /** Default: DEFAULT_IDEMPOTENCY_TIMING. */
  timing?: IdempotencyTiming;
  /** Mutation name and account: keys never cross mutations or tenants. */
  scope: string;
  /** The caller's key; without one the mutation simply runs. */
  key: string | undefined;
  /** The arguments that must match for a repeat. */
  args: unknown;
  run: () => Promise<T>;
  /** What to remember of a successful result (JSON-serialisable). */
  record: (result: T) => R;
  /** Rebuilds the result of a repeat from what was remembered. */
  replay: (recorded: R) => Promise<T>;
}

/**
 * Runs a mutation at most once per caller key: a repeat with the same key and
 * arguments replays the first result; with other arguments it is refused.
 * A repeat arriving while the first run is still going waits a little for its
 * result, then is refused as retryable. A failed run records nothing, so a
 * repeat waiting on it runs the mutation itself.
 */
export async function runOnce<T, R>(options: RunOnceOptions<T, R>): Promise<T> {
  const { store, key } = options;
  const timing = options.timing ?? DEFAULT_IDEMPOTENCY_TIMING;
  if (key === undefined) return options.run();
  const storeKey = `${options.scope}:${key}`;
  const fingerprint = createHash('sha256').update(JSON.stringify(options.args)).digest('hex');
  const waitUntil = Date.now() + timing.waitMs;
  let existing = await store.claim(storeKey, fingerprint, PENDING_TTL_MS);
  while (existing?.state === 'pending' && existing.fingerprint === fingerprint) {
    const left = waitUntil - Date.now();
    if (left <= 0) {
      throw failedPrecondition(
        `A mutation with idempotencyKey "${key}" is still running; repeat it once that one has answered`,
        { reason: 'IDEMPOTENCY_KEY_IN_USE', retryAfterSeconds: 1 },
      );
    }
    await sleep(Math.min(POLL_MS, left));
    existing = await store.claim(storeKey, fingerprint, PENDING_TTL_MS);
  }
  if (existing) {
    if (existing.fingerprint !== fingerprint) {
      throw failedPrecondition(
        `idempotencyKey "${key}" was already used with other arguments; use a new key for a new change`,
        { reason: 'IDEMPOTENCY_KEY_REUSED' },
      );
    }
    return options.replay(existing.result as R);
  }
  let result: T;
  try {
    result = await options.run();
  } catch (error) {
    // If the store cannot be told, the claim lapses after PENDING_TTL_MS.
    await store.release(storeKey).catch(() => undefined);
    throw error;
  }
  // The change is made: answer it even if the store cannot record it (a
  // repeat then finds the pending claim, and later nothing).
  await store.complete(storeKey, options.record(result), timing.ttlMs).catch(() => undefined);
  return result;
}
