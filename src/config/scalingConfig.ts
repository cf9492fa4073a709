import { ConfigError, integer, optionalString, type Env } from './envReaders.js';

/** State shared between replicas; README "Scaling out". */
export interface ScalingConfig {
  /**
   * Redis holding what replicas share: idempotency records, automatic
   * persisted queries, rate-limit counters (`redis://[:password@]host[:port][/db]`,
   * or `rediss://` for TLS). `REDIS_URL`, default unset: all of it stays in
   * this process's memory, correct for one replica only.
   */
  readonly redisUrl: string | undefined;
  /** Prefix of every Redis key the gateway writes. `REDIS_KEY_PREFIX`, default `wix-gateway:`. */
  readonly redisKeyPrefix: string;
  /**
   * Deadline of connecting to Redis and of each Redis command, in
   * milliseconds. `REDIS_TIMEOUT_MS`, default 1000.
   */
  readonly redisTimeoutMs: number;
  /** How long an automatic persisted query stays registered in Redis, in seconds. `APQ_TTL_SECONDS`, default 86400 (24 h). */
  readonly apqTtlSeconds: number;
  /**
   * How long a mutation's result is remembered under the caller's
   * `idempotencyKey`, in seconds. `IDEMPOTENCY_TTL_SECONDS`, default 86400 (24 h).
   */
  readonly idempotencyTtlSeconds: number;
  /**
   * How long a repeat waits for the first run of the same `idempotencyKey`
   * (on this or another replica) to finish before answering
   * `IDEMPOTENCY_KEY_IN_USE`, in milliseconds. `IDEMPOTENCY_WAIT_MS`, default 2000.
   */
  readonly idempotencyWaitMs: number;
  /**
   * GraphQL operations one caller (its credential: the token, or the JWT's
   * issuer and subject; the client address when caller authentication is
   * off) may run per minute, each operation of a batch counting, across
   * replicas when `REDIS_URL` is set; past it, `RATE_LIMITED` with
   * `retryAfterSeconds`. `RATE_LIMIT_PER_MINUTE`, default 0: no limit.
   */
  readonly rateLimitPerMinute: number;
  /**
   * Failed authentications one client address may make per minute; past it,
   * every request from that address is `RATE_LIMITED`
   * (`reason: AUTH_FAILURE_LIMIT`) until the minute ends, across replicas when
   * `REDIS_URL` is set. Only counted while caller authentication is on.
   * `AUTH_FAILURES_PER_MINUTE`, default 30; 0 turns the limit off.
   */
  readonly authFailuresPerMinute: number;
}

export function scalingConfig(env: Env): ScalingConfig {
  const redisUrl = optionalString(env, 'REDIS_URL');
  if (redisUrl !== undefined) {
    let protocol: string | undefined;
    try {
      protocol = new URL(redisUrl).protocol;
    } catch {
      protocol = undefined;
    }
    // The URL may carry a password: never repeat it.
    if (protocol !== 'redis:' && protocol !== 'rediss:') {
      throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL');
    }
  }
  return {
    redisUrl,
    redisKeyPrefix: optionalString(env, 'REDIS_KEY_PREFIX') ?? 'wix-gateway:',
    redisTimeoutMs: integer(env, 'REDIS_TIMEOUT_MS', 1_000, 1, 60_000),
    apqTtlSeconds: integer(env, 'APQ_TTL_SECONDS', 86_400, 1, 31_536_000),
    idempotencyTtlSeconds: integer(env, 'IDEMPOTENCY_TTL_SECONDS', 86_400, 60, 2_592_000),
    idempotencyWaitMs: integer(env, 'IDEMPOTENCY_WAIT_MS', 2_000, 0, 60_000),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 0, 0, 1_000_000),
    authFailuresPerMinute: integer(env, 'AUTH_FAILURES_PER_MINUTE', 30, 0, 1_000_000),
  };
}
