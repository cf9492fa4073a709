import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { GatewayError, upstreamUnavailable } from '../errors/index.js';
import type { IdempotencyRecord, IdempotencyStore } from './IdempotencyStore.js';

/** The stored JSON: a record, plus the token of the run that claimed it. */
interface StoredRecord extends IdempotencyRecord {
  claim?: string;
}

/**
 * Writes ARGV[2] (for ARGV[3] ms) only while KEYS[1] still holds this run's
 * pending claim (ARGV[1]) or nothing: a run whose claim expired and was taken
 * by another must not overwrite that one.
 */
const COMPLETE = `local v = redis.call('GET', KEYS[1])
if v == false or v == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0`;

/** Deletes KEYS[1] only while it holds this run's pending claim (ARGV[1]). */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`;

/**
 * IdempotencyStore shared by every replica: a claim is one `SET NX PX`, so of
 * two replicas receiving the same key at once exactly one runs the mutation;
 * its result is then stored under the same key with the record's TTL.
 * Redis being unreachable is `UPSTREAM_UNAVAILABLE` (`reason:
 * IDEMPOTENCY_STORE_UNAVAILABLE`): a mutation is refused rather than run
 * without the guarantee, and may be repeated with the same key.
 */
export class RedisIdempotencyStore implements IdempotencyStore {
  /** Pending claims made by this process: key → the exact value written. */
  private readonly claims = new Map<string, string>();

  constructor(
    private readonly redis: Redis,
    /** Namespace inside the connection's own key prefix. */
    private readonly namespace = 'idempotency:',
  ) {}

  async claim(key: string, fingerprint: string, ttlMs: number) {
    const redisKey = this.namespace + key;
    const value = JSON.stringify({
      fingerprint,
      state: 'pending',
      claim: randomUUID(),
    } satisfies StoredRecord);
    // A record can expire between a refused SET and the GET: then claim again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const claimed = await this.command(() => this.redis.set(redisKey, value, 'PX', ttlMs, 'NX'));
      if (claimed === 'OK') {
        this.claims.set(key, value);
        return undefined;
      }
      const existing = await this.command(() => this.redis.get(redisKey));
      if (existing !== null) {
        const { fingerprint: stored, state, result } = JSON.parse(existing) as StoredRecord;
        return { fingerprint: stored, state, result };
      }
    }
    throw unavailable();
  }

  async complete(key: string, result: unknown, ttlMs: number) {
    const claim = this.claims.get(key);
    this.claims.delete(key);
    if (claim === undefined) return;
    const { fingerprint } = JSON.parse(claim) as StoredRecord;
    const record = JSON.stringify({ fingerprint, state: 'done', result } satisfies StoredRecord);
    await this.command(() =>
      this.redis.eval(COMPLETE, 1, this.namespace + key, claim, record, String(ttlMs)),
    );
  }

  async release(key: string) {
    const claim = this.claims.get(key);
    this.claims.delete(key);
    if (claim === undefined) return;
    await this.command(() => this.redis.eval(RELEASE, 1, this.namespace + key, claim));
  }

  async remember(key: string, value: unknown, ttlMs: number) {
    const stored = JSON.stringify({ value });
    await this.command(() => this.redis.set(this.namespace + key, stored, 'PX', ttlMs, 'NX'));
  }

  async recall(key: string) {
    const stored = await this.command(() => this.redis.get(this.namespace + key));
    return stored === null ? undefined : (JSON.parse(stored) as { value?: unknown }).value;
  }

  private async command<T>(send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch {
      throw unavailable();
    }
  }
}

function unavailable(): GatewayError {
  return upstreamUnavailable(
    'The idempotency store is unreachable; repeat the mutation with the same idempotencyKey',
    { reason: 'IDEMPOTENCY_STORE_UNAVAILABLE' },
  );
}
