import { Redis } from 'ioredis';

export interface RedisClientOptions {
  /** `redis://` or `rediss://` URL (it may carry a password: never log it). */
  url: string;
  /** Prepended to every key, so several deployments can share one Redis. */
  keyPrefix: string;
  /** Deadline of connecting and of each command, in ms. */
  timeoutMs: number;
}

/**
 * The process's one Redis connection, shared by every store. It fails fast
 * instead of queueing: a command waits at most `timeoutMs`, and while Redis is
 * unreachable a command is tried on one reconnection at most, so a Redis
 * outage costs a request a bounded delay, never a hang. It reconnects in the
 * background (backoff up to 2 s).
 */
export function createRedisClient(options: RedisClientOptions): Redis {
  const redis = new Redis(options.url, {
    keyPrefix: options.keyPrefix,
    connectTimeout: options.timeoutMs,
    commandTimeout: options.timeoutMs,
    maxRetriesPerRequest: 1,
    retryStrategy: (times) => Math.min(times * 100, 2_000),
    connectionName: 'wix-reseller-graphql-gateway',
  });
  // Without a listener ioredis prints every failed reconnection; readiness
  // (`/readyz`) and the commands' own errors report an outage instead.
  redis.on('error', () => undefined);
  return redis;
}
