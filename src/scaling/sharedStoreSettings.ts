import {
  ConfigError,
  customSetting,
  integerSetting,
  settingGroup,
  textSetting,
  type ConfigOf,
} from '../config/setting.js';

/** What replicas share (idempotency records, APQ, rate-limit counters), and the limits kept there. */
export const sharedStoreSettings = settingGroup({
  title: 'Shared state (several replicas)',
  about:
    'Without `REDIS_URL` all of it stays in this process, correct for one replica only ([operations.md](operations.md)).',
  settings: {
    redisUrl: customSetting({
      name: 'REDIS_URL',
      format: '`redis://` / `rediss://` URL',
      defaultText: 'unset',
      description:
        'Redis shared by the replicas (idempotency records, automatic persisted queries, rate-limit counters): `redis://[:password@]host[:port][/db]`, or `rediss://` for TLS. Unset: all in process memory (one replica only).',
      read(raw) {
        if (raw === undefined) return undefined;
        let protocol: string | undefined;
        try {
          protocol = new URL(raw).protocol;
        } catch {
          protocol = undefined;
        }
        // The URL may carry a password: never repeat it.
        if (protocol !== 'redis:' && protocol !== 'rediss:') {
          throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL');
        }
        return raw;
      },
    }),
    redisKeyPrefix: textSetting({
      name: 'REDIS_KEY_PREFIX',
      format: 'string',
      default: 'wix-gateway:',
      description: 'Prefix of every key the gateway writes, so deployments can share one Redis.',
    }),
    redisTimeoutMs: integerSetting({
      name: 'REDIS_TIMEOUT_MS',
      unit: 'milliseconds',
      default: 1_000,
      min: 1,
      max: 60_000,
      description: 'Deadline of connecting to Redis and of each Redis command.',
    }),
    idempotencyTtlSeconds: integerSetting({
      name: 'IDEMPOTENCY_TTL_SECONDS',
      unit: 'seconds',
      default: 86_400,
      min: 60,
      max: 2_592_000,
      defaultNote: '(24 h)',
      description:
        "How long a mutation's result is remembered under the caller's `idempotencyKey`.",
    }),
    idempotencyWaitMs: integerSetting({
      name: 'IDEMPOTENCY_WAIT_MS',
      unit: 'milliseconds',
      default: 2_000,
      min: 0,
      max: 60_000,
      description:
        'How long a repeat waits for the first run of the same `idempotencyKey` (on this or another replica) to finish before answering `IDEMPOTENCY_KEY_IN_USE`.',
    }),
    apqTtlSeconds: integerSetting({
      name: 'APQ_TTL_SECONDS',
      unit: 'seconds',
      default: 86_400,
      min: 1,
      max: 31_536_000,
      defaultNote: '(24 h)',
      description: 'Lifetime of an automatic persisted query in Redis.',
    }),
    rateLimitPerMinute: integerSetting({
      name: 'RATE_LIMIT_PER_MINUTE',
      unit: 'operations',
      default: 0,
      min: 0,
      max: 1_000_000,
      defaultNote: '(off)',
      description:
        "GraphQL operations one caller (its credential: the token, or the JWT's issuer and subject; the client address when caller authentication is off) may run per minute, each operation of a batch counting, across replicas when `REDIS_URL` is set; past it `RATE_LIMITED` (HTTP 429) with `retryAfterSeconds`.",
    }),
    upstreamCallsPerMinute: integerSetting({
      name: 'UPSTREAM_CALLS_PER_MINUTE',
      unit: 'upstream calls',
      default: 600,
      min: 0,
      max: 10_000_000,
      description:
        "Wix calls one caller's operations may make per minute (keyed as `RATE_LIMIT_PER_MINUTE`, across replicas when `REDIS_URL` is set): each operation reserves its estimate before it runs and is charged the calls it made once it has run (an operation refused before any call costs nothing); past it `RATE_LIMITED` (HTTP 429, `reason: UPSTREAM_CALL_BUDGET`) with `retryAfterSeconds`. Every tenant shares the one Wix key, so one caller cannot spend everyone's quota. `0`: off.",
    }),
    authFailuresPerMinute: integerSetting({
      name: 'AUTH_FAILURES_PER_MINUTE',
      unit: 'failures',
      default: 30,
      min: 0,
      max: 1_000_000,
      description:
        'Failed authentications one client address may make per minute; past it every request from that address is `RATE_LIMITED` (`reason: AUTH_FAILURE_LIMIT`) until the minute ends, across replicas when `REDIS_URL` is set. Only counted while caller authentication is on. `0`: off.',
    }),
  },
});

export type SharedStoreConfig = ConfigOf<typeof sharedStoreSettings>;
