import { RedisIdempotencyStore, runOnce } from '../../src/resilience/index.js';
import { createRedisClient, RedisKeyValueCache } from '../../src/scaling/index.js';
import { UNAUTHENTICATED_DEVELOPMENT_CALLER } from '../../src/security/Caller.js';
import { createRateLimiter } from '../../src/security/createRateLimiter.js';
import { redisServerAvailable, useRedisServer } from '../redisServer.js';

/**
 * The Redis-backed stores against a real redis-server: each replica has its
 * own connection, so two connections here stand for two replicas.
 */
const available = redisServerAvailable('Redis stores');

(available ? describe : describe.skip)('shared stores on a real Redis', () => {
  const server = useRedisServer();
  const connections: ReturnType<typeof createRedisClient>[] = [];
  const replica = (keyPrefix = 'test:') => {
    const redis = createRedisClient({ url: server.url, keyPrefix, timeoutMs: 500 });
    connections.push(redis);
    return redis;
  };
  afterAll(() => Promise.all(connections.map((c) => c.quit())));

  describe('RedisIdempotencyStore', () => {
    it('lets exactly one of two replicas claim a key at once, and shows the other the claim', async () => {
      const a = new RedisIdempotencyStore(replica());
      const b = new RedisIdempotencyStore(replica());
      const [first, second] = await Promise.all([
        a.claim('k1', 'fp', 10_000),
        b.claim('k1', 'fp', 10_000),
      ]);
      expect([first, second].filter((r) => r === undefined)).toHaveLength(1);
      expect([first, second].find((r) => r !== undefined)).toEqual({
        fingerprint: 'fp',
        state: 'pending',
      });
    });

    it('stores the result with its TTL under the key prefix, for any replica to read', async () => {
      const a = new RedisIdempotencyStore(replica());
      const b = new RedisIdempotencyStore(replica());
      expect(await a.claim('k2', 'fp', 10_000)).toBeUndefined();
      await a.complete('k2', { packageId: 'p-1' }, 60_000);

      expect(await b.claim('k2', 'fp', 10_000)).toEqual({
        fingerprint: 'fp',
        state: 'done',
        result: { packageId: 'p-1' },
      });
      const ttl = await server.client().pttl('test:idempotency:k2');
      expect(ttl).toBeGreaterThan(50_000);
      expect(ttl).toBeLessThanOrEqual(60_000);
    });

    it('frees a released key, and a pending claim after its TTL', async () => {
      const a = new RedisIdempotencyStore(replica());
      const b = new RedisIdempotencyStore(replica());
      await a.claim('k3', 'fp', 10_000);
      await a.release('k3');
      expect(await b.claim('k3', 'fp', 10_000)).toBeUndefined();

      await a.claim('k4', 'fp', 100);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(await b.claim('k4', 'fp', 10_000)).toBeUndefined();
    });

    it("never overwrites or deletes another run's claim once its own has lapsed", async () => {
      const a = new RedisIdempotencyStore(replica());
      const b = new RedisIdempotencyStore(replica());
      await a.claim('k5', 'fp', 100);
      await new Promise((resolve) => setTimeout(resolve, 150));
      await b.claim('k5', 'fp', 10_000);

      await a.complete('k5', { late: true }, 60_000);
      await a.release('k5');
      expect(JSON.parse((await server.client().get('test:idempotency:k5'))!)).toMatchObject({
        state: 'pending',
      });
    });

    it('replays across replicas through runOnce, and waits for a run in progress elsewhere', async () => {
      const a = new RedisIdempotencyStore(replica());
      const b = new RedisIdempotencyStore(replica());
      let runs = 0;
      const options = (store: RedisIdempotencyStore) => ({
        store,
        timing: { ttlMs: 60_000, waitMs: 2_000 },
        scope: 'createPackage:acct',
        key: 'caller-key',
        args: { externalId: 'x' },
        run: async () => {
          runs++;
          await new Promise((resolve) => setTimeout(resolve, 300));
          return { id: 'pkg-1', runs };
        },
        record: (result: { id: string; runs: number }) => result,
        replay: async (recorded: { id: string; runs: number }) => recorded,
      });
      const [first, second] = await Promise.all([
        runOnce(options(a)),
        // Arrives while the first is running on the other replica.
        new Promise((resolve) => setTimeout(resolve, 50)).then(() => runOnce(options(b))),
      ]);
      expect(runs).toBe(1);
      expect(second).toEqual(first);
    });

    it('answers IDEMPOTENCY_KEY_IN_USE, retryable, when the first run outlasts the wait', async () => {
      const options = (store: RedisIdempotencyStore, waitMs: number) => ({
        store,
        timing: { ttlMs: 60_000, waitMs },
        scope: 'scope',
        key: 'slow',
        args: {},
        run: () => new Promise<string>((resolve) => setTimeout(() => resolve('ran'), 400)),
        record: (result: string) => result,
        replay: async (recorded: string) => recorded,
      });
      const first = runOnce(options(new RedisIdempotencyStore(replica()), 0));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await expect(
        runOnce(options(new RedisIdempotencyStore(replica()), 100)),
      ).rejects.toMatchObject({
        extensions: {
          code: 'FAILED_PRECONDITION',
          reason: 'IDEMPOTENCY_KEY_IN_USE',
          retryAfterSeconds: 1,
        },
      });
      expect(await first).toBe('ran');
    });
  });

  describe('RedisKeyValueCache (automatic persisted queries)', () => {
    it('shares entries between replicas, with the given TTL or the default one', async () => {
      const a = new RedisKeyValueCache(replica(), 3_600);
      const b = new RedisKeyValueCache(replica(), 3_600);
      await a.set('apq:abc', '{ sites { totalCount } }');
      await a.set('apq:short', '{ __typename }', { ttl: 10 });
      expect(await b.get('apq:abc')).toBe('{ sites { totalCount } }');
      expect(await b.get('apq:missing')).toBeUndefined();
      const redis = server.client();
      expect(await redis.ttl('test:apq:abc')).toBeGreaterThan(3_500);
      expect(await redis.ttl('test:apq:short')).toBeLessThanOrEqual(10);
      expect(await b.delete('apq:abc')).toBe(true);
      expect(await a.get('apq:abc')).toBeUndefined();
    });
  });

  describe('rate limiter', () => {
    it('counts one caller across replicas, and others apart', async () => {
      const a = createRateLimiter({ perMinute: 3, redis: replica() })!;
      const b = createRateLimiter({ perMinute: 3, redis: replica() })!;
      const alice = { name: 'alice', accounts: '*' as const, credential: 'token:alice' };
      const bob = { name: 'bob', accounts: '*' as const, credential: 'token:bob' };
      await a(alice, '127.0.0.1');
      await b(alice, '127.0.0.1');
      await a(alice, '127.0.0.1');
      const limited = await b(alice, '127.0.0.1').catch((error: unknown) => error);
      expect(limited).toMatchObject({
        extensions: { code: 'RATE_LIMITED', reason: 'GATEWAY_RATE_LIMIT' },
      });
      const { retryAfterSeconds } = (limited as { extensions: { retryAfterSeconds: number } })
        .extensions;
      expect(retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(retryAfterSeconds).toBeLessThanOrEqual(60);
      await expect(a(bob, '127.0.0.1')).resolves.toBeUndefined();
      expect(await server.client().get('test:rate-limit:caller:token:alice')).toBe('4');
    });

    it('keys anonymous development callers by address', async () => {
      const limit = createRateLimiter({ perMinute: 1, redis: replica() })!;
      await limit(UNAUTHENTICATED_DEVELOPMENT_CALLER, '127.0.0.2');
      await limit(UNAUTHENTICATED_DEVELOPMENT_CALLER, '127.0.0.3');
      await expect(limit(UNAUTHENTICATED_DEVELOPMENT_CALLER, '127.0.0.2')).rejects.toMatchObject({
        extensions: { code: 'RATE_LIMITED' },
      });
    });
  });

  describe('when Redis is unreachable', () => {
    const deadRedis = () =>
      createRedisClient({ url: 'redis://127.0.0.1:1', keyPrefix: 'test:', timeoutMs: 200 });

    it('refuses idempotent work with UPSTREAM_UNAVAILABLE, misses APQ and limits in memory', async () => {
      const redis = deadRedis();
      await expect(new RedisIdempotencyStore(redis).claim('k', 'fp', 1_000)).rejects.toMatchObject({
        extensions: { code: 'UPSTREAM_UNAVAILABLE', reason: 'IDEMPOTENCY_STORE_UNAVAILABLE' },
      });
      expect(await new RedisKeyValueCache(redis, 60).get('apq:x')).toBeUndefined();
      const limit = createRateLimiter({ perMinute: 1, redis })!;
      const carol = { name: 'carol', accounts: '*' as const, credential: 'token:carol' };
      await limit(carol, '127.0.0.1');
      await expect(limit(carol, '127.0.0.1')).rejects.toMatchObject({
        extensions: { code: 'RATE_LIMITED' },
      });
      redis.disconnect();
    });
  });
});
