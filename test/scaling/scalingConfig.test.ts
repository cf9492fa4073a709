import { ConfigError, loadConfig } from '../../src/config.js';

describe('scaling settings', () => {
  it('keep everything in memory, with no rate limit and a budget of 600 upstream calls per caller and minute, by default', () => {
    expect(loadConfig({}).shared).toMatchObject({
      redisUrl: undefined,
      redisKeyPrefix: 'wix-gateway:',
      redisTimeoutMs: 1000,
      apqTtlSeconds: 86_400,
      idempotencyTtlSeconds: 86_400,
      idempotencyWaitMs: 2000,
      rateLimitPerMinute: 0,
      upstreamCallsPerMinute: 600,
    });
  });

  it('read REDIS_URL, the key prefix, TTLs and the rate limit', () => {
    expect(
      loadConfig({
        REDIS_URL: 'rediss://:secret@redis.internal:6380/2',
        REDIS_KEY_PREFIX: 'gw-eu:',
        REDIS_TIMEOUT_MS: '250',
        APQ_TTL_SECONDS: '600',
        IDEMPOTENCY_TTL_SECONDS: '3600',
        IDEMPOTENCY_WAIT_MS: '0',
        RATE_LIMIT_PER_MINUTE: '120',
        UPSTREAM_CALLS_PER_MINUTE: '0',
      }).shared,
    ).toMatchObject({
      redisUrl: 'rediss://:secret@redis.internal:6380/2',
      redisKeyPrefix: 'gw-eu:',
      redisTimeoutMs: 250,
      apqTtlSeconds: 600,
      idempotencyTtlSeconds: 3600,
      idempotencyWaitMs: 0,
      rateLimitPerMinute: 120,
      upstreamCallsPerMinute: 0,
    });
  });

  it('refuse a REDIS_URL that is not redis:// or rediss://, without repeating it', () => {
    for (const url of ['http://:hunter2@cache:6379', 'not a url hunter2']) {
      const error = (() => {
        try {
          loadConfig({ REDIS_URL: url });
        } catch (e) {
          return e;
        }
      })() as Error;
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toBe('REDIS_URL must be a redis:// or rediss:// URL');
    }
  });

  it('refuse out-of-range limits, naming the variable', () => {
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '-1' })).toThrow(
      'RATE_LIMIT_PER_MINUTE must be an integer from 0 to 1000000, got "-1"',
    );
    expect(() => loadConfig({ IDEMPOTENCY_TTL_SECONDS: '5' })).toThrow(
      'IDEMPOTENCY_TTL_SECONDS must be an integer from 60 to 2592000, got "5"',
    );
  });
});
