/** What a store holds under one idempotency key. */
export interface IdempotencyRecord {
  /** Hash of the mutation's arguments: the same key with other arguments is refused. */
  fingerprint: string;
  /** `pending` while the first run is in progress; `done` once its result is recorded. */
  state: 'pending' | 'done';
  /**
   * JSON-serialisable: references to re-read the result from, or the package
   * a single Resellers write returned (so a repeat answers exactly the same).
   */
  result?: unknown;
}

/**
 * Remembers GraphQL-level results of mutations that Wix cannot deduplicate on
 * its own (multi-step ones, and those without an upstream key), so a repeat
 * with the same key returns the first result instead of acting again.
 * Deliberately tiny and async: in memory for one replica, on Redis
 * (`RedisIdempotencyStore`, `SET NX PX`) when replicas share it.
 */
export interface IdempotencyStore {
  /**
   * Atomically claims `key` (recording it `pending` for `ttlMs`) and returns
   * undefined, or returns the record already there without changing it.
   */
  claim(key: string, fingerprint: string, ttlMs: number): Promise<IdempotencyRecord | undefined>;
  /** Records the result of the run that claimed `key`. */
  complete(key: string, result: unknown, ttlMs: number): Promise<void>;
  /** Forgets `key`: its run failed, so a repeat may run again (as Wix does for failed requests). */
  release(key: string): Promise<void>;
  /**
   * Keeps `value` (JSON-serialisable) under `key` for `ttlMs`, unless a value
   * is kept there already: the first one stays.
   */
  remember(key: string, value: unknown, ttlMs: number): Promise<void>;
  /** What `remember` keeps under `key`, or undefined once it expired. */
  recall(key: string): Promise<unknown>;
}
