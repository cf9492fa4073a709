import { createHash } from 'node:crypto';
import { print } from 'graphql';
import { DEFAULT_API_KEY } from '../../src/emulator/index.js';
import type { Package as WirePackage } from '../../src/wix-api/types.js';
import { buildGateway, spawnGateway, type ChildGateway } from '../childGateway.js';
import { CreatePackageDocument } from '../generated/graphql.js';
import { ACCOUNTS, PRODUCTS, useGateway } from '../harness.js';
import { redisServerAvailable, useRedisServer } from '../redisServer.js';

/**
 * Two gateway replicas (the compiled build, two processes, as a deployment
 * runs them) behind no load balancer, sharing one Redis and one emulator
 * standing in for Wix: whichever replica a request lands on, the answer is
 * the same.
 */
const available = redisServerAvailable('two gateway replicas on one Redis');
const KEY_PREFIX = 'replicas-test:';
const ALICE = 'replica-test-alice-5d1f0c2a9b';
const BOB = 'replica-test-bob-7e3a9f41c6';
const RATE_LIMIT = 6;

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

async function post(url: string, body: unknown, token = ALICE): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
}

(available ? describe : describe.skip)('two gateway replicas sharing one Redis', () => {
  const harness = useGateway(); // for its emulator (the upstream) and its request log
  const redis = useRedisServer();
  let replicas: ChildGateway[] = [];

  beforeAll(async () => {
    const entry = await buildGateway();
    const env = {
      PORT: '0',
      HOST: '127.0.0.1',
      WIX_API_KEY: DEFAULT_API_KEY,
      WIX_ACCOUNT_ID: ACCOUNTS.reseller,
      WIX_API_BASE_URL: harness.emulatorUrl,
      GATEWAY_TOKENS: JSON.stringify({
        [ALICE]: { name: 'alice', accounts: '*' },
        [BOB]: { name: 'bob', accounts: '*' },
      }),
      CURSOR_SECRET: 'replica-test-cursor-secret-2c7e91d04b5a',
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: KEY_PREFIX,
      RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
      READINESS_CACHE_MS: '0',
      SHUTDOWN_TIMEOUT_MS: '5000',
    };
    // Settled one by one, so a replica that started is stopped even when the other did not.
    const started = await Promise.allSettled([spawnGateway(entry, env), spawnGateway(entry, env)]);
    replicas = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
  }, 120_000);

  afterAll(() => {
    for (const { child } of replicas) if (child.exitCode === null) child.kill('SIGKILL');
  });

  const createPackage = (externalId: string, idempotencyKey: string) => ({
    query: print(CreatePackageDocument),
    variables: {
      accountId: ACCOUNTS.reseller,
      input: {
        externalId,
        idempotencyKey,
        products: [{ catalogProductId: PRODUCTS.logoOneTime, countryCode: 'US' }],
      },
    },
  });

  async function packagesWithExternalId(externalId: string): Promise<WirePackage[]> {
    const body = (await harness.upstream(
      'POST',
      '/resellers/v1/packages/query',
      ACCOUNTS.reseller,
      { query: { cursorPaging: { limit: 100 } } },
    )) as { packages: WirePackage[] };
    return body.packages.filter((p) => p.externalId === externalId);
  }

  async function createPackageCalls(): Promise<number> {
    return (await harness.upstreamCalls()).filter((c) => c.route === 'createPackage').length;
  }

  it('are both ready, with Redis reachable', async () => {
    for (const { url } of replicas) {
      const response = await fetch(new URL('/readyz', url));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        status: 'ready',
        checks: { upstream: 'ok', redis: 'ok' },
      });
    }
  });

  it('answer a createPackage repeated on the second replica with the first answer, provisioning once', async () => {
    const request = createPackage('replicas-repeat', 'order-replica-1');
    const first = await post(replicas[0].url, request);
    const second = await post(replicas[1].url, request);

    expect(first.body.errors).toBeUndefined();
    expect(second.text).toBe(first.text);
    expect(await createPackageCalls()).toBe(1);
    const upstream = await packagesWithExternalId('replicas-repeat');
    expect(upstream.map((p) => p.id)).toEqual([
      (first.body.data as { createPackage: { package: { id: string } } }).createPackage.package.id,
    ]);
  });

  it('make a repeat that arrives while the first run is in flight on the other replica wait for it', async () => {
    await harness.setFaults([
      { route: 'createPackage', kind: 'latency', latencyMs: 600, times: 1 },
    ]);
    const request = createPackage('replicas-race', 'order-replica-2');
    const first = post(replicas[0].url, request);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const second = await post(replicas[1].url, request);

    expect((await first).body.errors).toBeUndefined();
    expect(second.text).toBe((await first).text);
    expect(await createPackageCalls()).toBe(1);
    expect(await packagesWithExternalId('replicas-race')).toHaveLength(1);
  });

  it('refuse the same key with other arguments on the other replica, before reaching Wix', async () => {
    await post(replicas[0].url, createPackage('replicas-reuse-a', 'order-replica-3'));
    const reused = await post(
      replicas[1].url,
      createPackage('replicas-reuse-b', 'order-replica-3'),
    );
    expect(reused.body.errors).toEqual([
      expect.objectContaining({
        extensions: { code: 'FAILED_PRECONDITION', reason: 'IDEMPOTENCY_KEY_REUSED' },
      }),
    ]);
    expect(await createPackageCalls()).toBe(1);
  });

  it('find an automatic persisted query registered on one replica on the other', async () => {
    const query = '{ sites(first: 1) { totalCount } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };

    const unknown = await post(replicas[1].url, { extensions });
    expect(unknown.body.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'PERSISTED_QUERY_NOT_FOUND',
    });
    const registered = await post(replicas[0].url, { query, extensions });
    expect(registered.body).toEqual({ data: { sites: { totalCount: expect.any(Number) } } });
    const byHash = await post(replicas[1].url, { extensions });
    expect(byHash.body).toEqual(registered.body);
    expect(await redis.client().exists(`${KEY_PREFIX}apq:${sha256Hash}`)).toBe(1);
  });

  it("accept each other's connection cursors, signed with the shared CURSOR_SECRET", async () => {
    const page = (after?: string) => ({
      query:
        'query($after: String) { sites(first: 2, after: $after) { nodes { id } pageInfo { endCursor } } }',
      variables: { after },
    });
    type Sites = { sites: { nodes: { id: string }[]; pageInfo: { endCursor: string } } };
    const first = (await post(replicas[0].url, page(), BOB)).body.data as Sites;
    const next = await post(replicas[1].url, page(first.sites.pageInfo.endCursor), BOB);
    expect(next.body.errors).toBeUndefined();
    const ids = (next.body.data as Sites).sites.nodes.map((n) => n.id);
    expect(ids).toHaveLength(2);
    expect(ids).not.toContain(first.sites.nodes[1].id);
  });

  it('share rate-limit counters: a caller past the limit across both replicas gets RATE_LIMITED, others do not', async () => {
    const query = { query: '{ __typename }' };
    for (let i = 0; i < RATE_LIMIT; i++) {
      expect((await post(replicas[i % 2].url, query)).status).toBe(200);
    }
    const limited = await post(replicas[0].url, query);
    expect(limited.status).toBe(429);
    expect(limited.body.errors).toEqual([
      {
        message: expect.stringMatching(/^Rate limit of 6 operations per minute reached/),
        extensions: {
          code: 'RATE_LIMITED',
          reason: 'GATEWAY_RATE_LIMIT',
          retryAfterSeconds: expect.any(Number),
        },
      },
    ]);
    expect(Number(limited.headers.get('retry-after'))).toBe(
      limited.body.errors![0].extensions.retryAfterSeconds,
    );
    expect((await post(replicas[1].url, query, BOB)).status).toBe(200);
  });

  it('close their Redis connections on SIGTERM and exit 0', async () => {
    const gatewayConnections = async () =>
      ((await redis.client().client('LIST')) as string)
        .split('\n')
        .filter((line) => line.includes('name=wix-reseller-graphql-gateway')).length;
    expect(await gatewayConnections()).toBe(2);

    const exits = replicas.map(
      ({ child }) => new Promise<number | null>((resolve) => child.once('exit', resolve)),
    );
    for (const { child } of replicas) child.kill('SIGTERM');
    expect(await Promise.all(exits)).toEqual([0, 0]);
    expect(await gatewayConnections()).toBe(0);
  });
});
