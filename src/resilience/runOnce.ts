import { createHash } from 'node:crypto';
import { FailedPreconditionError } from '../errors/index.js';
import type { IdempotencyStore } from './IdempotencyStore.js';

/** How long a GraphQL-level idempotency record lives: 24 h. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** How long an unfinished run holds its key (a crashed run frees it after this). */
const PENDING_TTL_MS = 5 * 60 * 1000;

export interface RunOnceOptions<T, R> {
  store: IdempotencyStore;
  /** Mutation name and account: keys never cross mutations or tenants. */
  scope: string;
  /** The caller's key; without one the mutation simply runs. */
  key: string | undefined;
  /** The arguments that must match for a repeat. */
  args: unknown;
  run: () => Promise<T>;
  /** What to remember of a successful result (JSON-serialisable references). */
  record: (result: T) => R;
  /** Rebuilds the result of a repeat from what was remembered. */
  replay: (recorded: R) => Promise<T>;
}

/**
 * Runs a mutation at most once per caller key: a repeat with the same key and
 * arguments replays the first result; with other arguments, or while the first
 * run is still going, it is refused. A failed run records nothing.
 */
export async function runOnce<T, R>(options: RunOnceOptions<T, R>): Promise<T> {
  const { store, key } = options;
  if (key === undefined) return options.run();
  const storeKey = `${options.scope}:${key}`;
  const fingerprint = createHash('sha256').update(JSON.stringify(options.args)).digest('hex');
  const existing = await store.claim(storeKey, fingerprint, PENDING_TTL_MS);
  if (existing) {
    if (existing.fingerprint !== fingerprint) {
      throw new FailedPreconditionError(
        `idempotencyKey "${key}" was already used with other arguments; use a new key for a new change`,
        { reason: 'IDEMPOTENCY_KEY_REUSED' },
      );
    }
    if (existing.state === 'pending') {
      throw new FailedPreconditionError(
        `A mutation with idempotencyKey "${key}" is still running; repeat it once that one has answered`,
        { reason: 'IDEMPOTENCY_KEY_IN_USE' },
      );
    }
    return options.replay(existing.result as R);
  }
  let result: T;
  try {
    result = await options.run();
  } catch (error) {
    await store.release(storeKey);
    throw error;
  }
  await store.complete(storeKey, options.record(result), IDEMPOTENCY_TTL_MS);
  return result;
}
