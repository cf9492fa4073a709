import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { Redis } from 'ioredis';

/**
 * Apollo's KeyValueCache over the gateway's ioredis connection (the automatic
 * persisted queries of every replica). A few lines over the one client the
 * gateway already has, rather than Keyv with a second Redis client library.
 * Fails soft: while Redis is unreachable `get` misses, so a client sends the
 * full query again (PERSISTED_QUERY_NOT_FOUND) instead of getting an error,
 * and `set` drops the entry.
 */
export class RedisKeyValueCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: Redis,
    /** Lifetime of an entry set without a `ttl`, in seconds. */
    private readonly defaultTtlSeconds: number,
  ) {}

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(key)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    // Apollo's `ttl` is in seconds; null means "no expiry", which a shared
    // cache never gets: it falls back to the default lifetime.
    const ttl = options?.ttl ?? this.defaultTtlSeconds;
    try {
      await this.redis.set(key, value, 'EX', Math.max(1, Math.ceil(ttl)));
    } catch {
      // Best effort: the next request with this hash registers it again.
    }
  }

  async delete(key: string): Promise<boolean | void> {
    try {
      return (await this.redis.del(key)) > 0;
    } catch {
      return false;
    }
  }
}
