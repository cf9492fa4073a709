import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { SharedStoreConfig } from './sharedStoreSettings.js';
import type { ReadinessProbe } from '../readiness/index.js';
import {
  InMemoryIdempotencyStore,
  RedisIdempotencyStore,
  type IdempotencyStore,
  type IdempotencyTiming,
} from '../resilience/index.js';
import type { Authenticator } from '../security/createAuthenticator.js';
import { createRateLimiter, type RateLimiter } from '../security/createRateLimiter.js';
import {
  createUpstreamCallBudget,
  type UpstreamCallBudget,
} from '../security/createUpstreamCallBudget.js';
import {
  limitFailedAuthentication,
  type AddressAuthenticator,
} from '../security/limitFailedAuthentication.js';
import { createRedisClient } from './createRedisClient.js';
import { InMemoryPollCoordinator, type PollCoordinator } from './PollCoordinator.js';
import { RedisPollCoordinator } from './RedisPollCoordinator.js';
import { RedisKeyValueCache } from './RedisKeyValueCache.js';

/** What replicas must share: on Redis with `REDIS_URL`, else in this process. */
export interface SharedStores {
  idempotency: IdempotencyStore;
  idempotencyTiming: IdempotencyTiming;
  /** Automatic persisted queries; undefined leaves Apollo's in-memory LRU. */
  apqCache: KeyValueCache<string> | undefined;
  /** Undefined when `RATE_LIMIT_PER_MINUTE` is 0. */
  rateLimiter: RateLimiter | undefined;
  /** Undefined when `UPSTREAM_CALLS_PER_MINUTE` is 0. */
  upstreamCallBudget: UpstreamCallBudget | undefined;
  /** The authenticator under the per-address limit of failed authentications. */
  limitFailedAuthentication(authenticate: Authenticator): AddressAuthenticator;
  /** Turns and fan-out of the upstream reads behind subscriptions (one read per resource across replicas). */
  pollCoordinator: PollCoordinator;
  /** `redis` for `/readyz` when Redis is configured. */
  probes: ReadinessProbe[];
  /** Closes the Redis connection (after the last request has drained). */
  close(): Promise<void>;
}

/** How long `close()` waits for Redis to acknowledge QUIT before dropping the socket. */
const QUIT_TIMEOUT_MS = 1_000;

export function createSharedStores(config: SharedStoreConfig): SharedStores {
  const idempotencyTiming = {
    ttlMs: config.idempotencyTtlSeconds * 1000,
    waitMs: config.idempotencyWaitMs,
  };
  if (config.redisUrl === undefined) {
    return {
      idempotency: new InMemoryIdempotencyStore(),
      idempotencyTiming,
      apqCache: undefined,
      rateLimiter: createRateLimiter({ perMinute: config.rateLimitPerMinute }),
      upstreamCallBudget: createUpstreamCallBudget({ perMinute: config.upstreamCallsPerMinute }),
      limitFailedAuthentication: (authenticate) =>
        limitFailedAuthentication(authenticate, { perMinute: config.authFailuresPerMinute }),
      pollCoordinator: new InMemoryPollCoordinator(),
      probes: [],
      close: async () => undefined,
    };
  }
  const redis = createRedisClient({
    url: config.redisUrl,
    keyPrefix: config.redisKeyPrefix,
    timeoutMs: config.redisTimeoutMs,
  });
  const pollCoordinator = new RedisPollCoordinator(redis, config.redisKeyPrefix);
  return {
    idempotency: new RedisIdempotencyStore(redis),
    idempotencyTiming,
    apqCache: new RedisKeyValueCache(redis, config.apqTtlSeconds),
    rateLimiter: createRateLimiter({ perMinute: config.rateLimitPerMinute, redis }),
    upstreamCallBudget: createUpstreamCallBudget({
      perMinute: config.upstreamCallsPerMinute,
      redis,
    }),
    limitFailedAuthentication: (authenticate) =>
      limitFailedAuthentication(authenticate, { perMinute: config.authFailuresPerMinute, redis }),
    pollCoordinator,
    probes: [
      {
        name: 'redis',
        check: async () => {
          await redis.ping();
        },
      },
    ],
    async close() {
      pollCoordinator.close();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise((resolve) => (timer = setTimeout(resolve, QUIT_TIMEOUT_MS)));
      await Promise.race([redis.quit().catch(() => undefined), timeout]);
      clearTimeout(timer);
      redis.disconnect();
    },
  };
}
