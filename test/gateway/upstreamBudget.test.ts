import { CUSTOMER_A_TOKEN, GATEWAY_TOKENS, RESELLER_TOKEN } from '../callers.js';
import { FAST_RESILIENCE_ENV } from '../fastResilienceEnv.js';
import { ACCOUNTS, useGateway, type Harness } from '../harness.js';
import { redisServerAvailable, useRedisServer } from '../redisServer.js';

/** Query Sites for the page, Query Packages for its sites' instances: 2 calls. */
const TWO_CALLS = `{ sites(first: 2, accountId: "${ACCOUNTS.customerA}") { nodes { id productInstances { id } } } }`;
/** One Query Sites. */
const ONE_CALL = `{ sites(first: 1, accountId: "${ACCOUNTS.customerA}") { nodes { id } } }`;
/** Estimated at 3 calls (a cursor resumes mid-page), refused as INVALID_CURSOR before any. */
const FORGED_CURSOR = `{ sites(first: 2, after: "x.y", accountId: "${ACCOUNTS.customerA}") { nodes { id productInstances { id } } } }`;
/** 15 aliases of a 20-site page with its count: 30 calls estimated, over MAX_UPSTREAM_CALLS. */
const TOO_COMPLEX = `{ ${Array.from(
  { length: 15 },
  (_, i) => `a${i}: sites(first: 20) { totalCount nodes { id } }`,
).join(' ')} }`;

async function run(gateway: Harness, query: string, token?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return gateway.post(JSON.stringify({ query }), headers) as Promise<{
    status: number;
    body: { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
  }>;
}

function expectBudgetSpent(answer: Awaited<ReturnType<typeof run>>, needed: number, limit: number) {
  expect(answer.status).toBe(429);
  expect(answer.body.errors).toEqual([
    {
      message: expect.stringMatching(
        new RegExp(
          `^Budget of ${limit} upstream calls per minute reached \\(this operation needs an estimated ${needed}\\); retry after \\d+ s$`,
        ),
      ),
      extensions: {
        code: 'RATE_LIMITED',
        reason: 'UPSTREAM_CALL_BUDGET',
        retryAfterSeconds: expect.any(Number),
        estimatedUpstreamCalls: needed,
        upstreamCallsPerMinute: limit,
      },
    },
  ]);
  const retryAfter = answer.body.errors![0].extensions.retryAfterSeconds as number;
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
}

describe('the per-caller budget of upstream calls (memory store)', () => {
  const gateway = useGateway({ env: { UPSTREAM_CALLS_PER_MINUTE: '5' } });

  it('charges each operation its estimate before it runs and refuses the one that would pass the budget, before any upstream call', async () => {
    expect((await run(gateway, TWO_CALLS)).status).toBe(200);
    expect((await run(gateway, TWO_CALLS)).status).toBe(200);
    await gateway.clearUpstreamCalls();
    expectBudgetSpent(await run(gateway, TWO_CALLS), 2, 5);
    expect(await gateway.upstreamCalls()).toEqual([]);
    // An operation that costs Wix nothing is not refused.
    expect(await run(gateway, '{ viewer { name } }')).toMatchObject({
      status: 200,
      body: { data: { viewer: { name: expect.any(String) } } },
    });
  });
});

describe('operations that make no upstream call', () => {
  // One gateway each: a budget is counted for the minute, across tests.
  const gateway = useGateway({ env: { UPSTREAM_CALLS_PER_MINUTE: '5' } });
  const second = useGateway({ env: { UPSTREAM_CALLS_PER_MINUTE: '5' } });
  const third = useGateway({ env: { UPSTREAM_CALLS_PER_MINUTE: '5' } });

  it('cost nothing when refused as QUERY_TOO_COMPLEX', async () => {
    const refused = await run(gateway, TOO_COMPLEX);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0].extensions).toMatchObject({
      reason: 'QUERY_TOO_COMPLEX',
      estimated: 30,
    });
    expect((await run(gateway, TWO_CALLS)).status).toBe(200);
    expect((await run(gateway, TWO_CALLS)).status).toBe(200);
    expectBudgetSpent(await run(gateway, TWO_CALLS), 2, 5);
  });

  it('cost nothing when refused by the budget itself: a smaller one still fits', async () => {
    expect((await run(second, TWO_CALLS)).status).toBe(200);
    expect((await run(second, TWO_CALLS)).status).toBe(200);
    expectBudgetSpent(await run(second, TWO_CALLS), 2, 5);
    expectBudgetSpent(await run(second, TWO_CALLS), 2, 5);
    await second.clearUpstreamCalls();
    expect((await run(second, ONE_CALL)).status).toBe(200);
    expect(await second.upstreamCalls()).toHaveLength(1);
    expectBudgetSpent(await run(second, ONE_CALL), 1, 5);
  });

  it('give their estimate back when they fail before any read (a forged cursor)', async () => {
    for (let i = 0; i < 3; i++) {
      const refused = await run(third, FORGED_CURSOR);
      expect(refused.body.errors?.[0].extensions).toMatchObject({ reason: 'INVALID_CURSOR' });
    }
    expect(await third.upstreamCalls()).toEqual([]);
    expect((await run(third, TWO_CALLS)).status).toBe(200);
    expect((await run(third, TWO_CALLS)).status).toBe(200);
    expect((await run(third, ONE_CALL)).status).toBe(200);
    expectBudgetSpent(await run(third, ONE_CALL), 1, 5);
  });
});

describe('the budget after an operation', () => {
  const gateway = useGateway({ env: { UPSTREAM_CALLS_PER_MINUTE: '5', ...FAST_RESILIENCE_ENV } });

  it('is charged what the operation made beyond its estimate (a retry)', async () => {
    // One Query Sites fails once and is retried: 2 calls for an estimate of 1.
    await gateway.setFaults([{ route: 'querySites', kind: 'error', status: 503, times: 1 }]);
    expect((await run(gateway, ONE_CALL)).status).toBe(200);
    expect(await gateway.upstreamCalls()).toHaveLength(2);
    expect((await run(gateway, ONE_CALL)).status).toBe(200);
    expect((await run(gateway, ONE_CALL)).status).toBe(200);
    // 2 + 1 + 1 spent: one more passes the budget of 5 no more.
    expectBudgetSpent(await run(gateway, TWO_CALLS), 2, 5);
  });
});

describe('upstream budgets by credential', () => {
  const gateway = useGateway({ env: { GATEWAY_TOKENS, UPSTREAM_CALLS_PER_MINUTE: '3' } });

  it('are kept per caller: one spent budget leaves another caller its own', async () => {
    expect((await run(gateway, TWO_CALLS, CUSTOMER_A_TOKEN)).status).toBe(200);
    expectBudgetSpent(await run(gateway, TWO_CALLS, CUSTOMER_A_TOKEN), 2, 3);
    expect((await run(gateway, TWO_CALLS, RESELLER_TOKEN)).status).toBe(200);
  });
});

const describeWithRedis = redisServerAvailable('upstream budget on Redis')
  ? describe
  : describe.skip;

describeWithRedis('the upstream budget on Redis', () => {
  const redis = useRedisServer();
  const env: Record<string, string> = { UPSTREAM_CALLS_PER_MINUTE: '5' };
  beforeAll(() => {
    env.REDIS_URL = redis.url;
  });
  const replicaA = useGateway({ env });
  const replicaB = useGateway({ env });

  it('is shared by the replicas: what one spent, the other refuses', async () => {
    expect((await run(replicaA, TWO_CALLS)).status).toBe(200);
    expect((await run(replicaB, TWO_CALLS)).status).toBe(200);
    expectBudgetSpent(await run(replicaA, TWO_CALLS), 2, 5);
    expectBudgetSpent(await run(replicaB, TWO_CALLS), 2, 5);
    // The refused estimates were given back on Redis too: one call still fits.
    expect((await run(replicaB, ONE_CALL)).status).toBe(200);
    expectBudgetSpent(await run(replicaA, ONE_CALL), 1, 5);
  });
});
