import type { RequestLogEntry } from '../../src/emulator/index.js';
import { PackageDocument, SiteDocument } from '../generated/graphql.js';
import { FAST_RESILIENCE_ENV } from '../fastResilienceEnv.js';
import { ACCOUNTS, PACKAGES, SITES, useGateway } from '../harness.js';

const gateway = useGateway({ env: FAST_RESILIENCE_ENV });

/** `package(id)` reads through Query Packages (batched by a DataLoader). */
const QUERY = 'POST /resellers/v1/packages/query';

/** Each upstream call as "METHOD path status", waiting for slow (faulted) calls to be logged. */
async function calls(expected: number, route = 'queryPackages'): Promise<string[]> {
  let log: RequestLogEntry[] = [];
  for (let i = 0; i < 100; i++) {
    log = (await gateway.upstreamCalls()).filter((c) => c.route === route);
    if (log.length >= expected) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  return log.map((c) => `${c.method} ${c.path} ${c.status}`);
}

function getPackage() {
  return gateway.execute(PackageDocument, {
    id: PACKAGES.customerABasic,
    accountId: ACCOUNTS.customerA,
  });
}

describe('reads retry transient upstream failures', () => {
  it('answers after two 503s, with exactly three upstream calls', async () => {
    await gateway.setFaults([{ route: 'queryPackages', kind: 'error', status: 503, times: 2 }]);
    const response = await getPackage();
    expect(response.errors).toBeUndefined();
    expect(response.data?.package?.id).toBe(PACKAGES.customerABasic);
    expect(await calls(3)).toEqual([`${QUERY} 503`, `${QUERY} 503`, `${QUERY} 200`]);
  });

  it('gives up with UPSTREAM_UNAVAILABLE after three attempts when every one fails', async () => {
    await gateway.setFaults([{ route: 'queryPackages', kind: 'error', status: 500 }]);
    const response = await getPackage();
    expect(response.data).toEqual({ package: null });
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: `Could not query packages: Wix failed with HTTP 500`,
        path: ['package'],
        extensions: { code: 'UPSTREAM_UNAVAILABLE' },
      }),
    ]);
    expect(await calls(3)).toEqual(Array(3).fill(`${QUERY} 500`));
  });

  it('retries a dropped connection', async () => {
    await gateway.setFaults([{ route: 'queryPackages', kind: 'drop', times: 1 }]);
    const response = await getPackage();
    expect(response.errors).toBeUndefined();
    expect(await calls(2)).toEqual([`${QUERY} 0`, `${QUERY} 200`]);
  });

  it('retries a call that outlives its deadline', async () => {
    await gateway.setFaults([
      { route: 'queryPackages', kind: 'latency', latencyMs: 400, times: 1 },
    ]);
    const started = Date.now();
    const response = await getPackage();
    expect(response.errors).toBeUndefined();
    // The slow attempt was abandoned at the 150 ms deadline, not waited out.
    expect(Date.now() - started).toBeLessThan(400);
    expect(await calls(2)).toEqual([`${QUERY} 0`, `${QUERY} 200`]);
  });

  it('answers UPSTREAM_TIMEOUT when every attempt outlives its deadline', async () => {
    await gateway.setFaults([{ route: 'queryPackages', kind: 'latency', latencyMs: 300 }]);
    const response = await getPackage();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: `Could not query packages: Wix did not answer in time`,
        extensions: { code: 'UPSTREAM_TIMEOUT' },
      }),
    ]);
    expect(await calls(3)).toEqual(Array(3).fill(`${QUERY} 0`));
  });

  it('waits out a 429 whose Retry-After is within the cap, then answers', async () => {
    await gateway.setFaults([
      { route: 'querySites', kind: 'rateLimit', retryAfterSeconds: 1, times: 1 },
    ]);
    const started = Date.now();
    const response = await gateway.execute(SiteDocument, { id: SITES.bakeryDraft });
    expect(response.errors).toBeUndefined();
    expect(response.data?.site?.id).toBe(SITES.bakeryDraft);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(await calls(2, 'querySites')).toEqual([
      'POST /site-list/v2/sites/query 429',
      'POST /site-list/v2/sites/query 200',
    ]);
  });

  it('answers RATE_LIMITED at once, with the wait, when Retry-After exceeds the cap', async () => {
    await gateway.setFaults([{ route: 'queryPackages', kind: 'rateLimit', retryAfterSeconds: 30 }]);
    const started = Date.now();
    const response = await getPackage();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: `Could not query packages: Wix is throttling requests; retry after 30 s`,
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 },
      }),
    ]);
    expect(await calls(1)).toEqual([`${QUERY} 429`]);
  });

  it('does not retry an answer that will not change (404)', async () => {
    await gateway.setFaults([{ route: 'queryPackages', kind: 'error', status: 404 }]);
    const response = await getPackage();
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await calls(1)).toEqual([`${QUERY} 404`]);
  });
});

describe("a GraphQL request's time budget", () => {
  const tight = useGateway({ env: { ...FAST_RESILIENCE_ENV, REQUEST_BUDGET_MS: '250' } });

  it('stops retrying when the budget runs out, with UPSTREAM_TIMEOUT', async () => {
    await tight.setFaults([{ route: 'queryPackages', kind: 'latency', latencyMs: 400 }]);
    const started = Date.now();
    const response = await tight.execute(PackageDocument, {
      id: PACKAGES.customerABasic,
      accountId: ACCOUNTS.customerA,
    });
    expect(Date.now() - started).toBeLessThan(400);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          new RegExp(
            `^Could not query packages: the request's time budget of 250 ms ran out after [12] attempts?; last failure: `,
          ),
        ),
        extensions: { code: 'UPSTREAM_TIMEOUT', reason: 'REQUEST_BUDGET_SPENT' },
      }),
    ]);
  });

  it('does not wait out a Retry-After longer than what is left, and says how long to wait', async () => {
    await tight.setFaults([{ route: 'queryPackages', kind: 'rateLimit', retryAfterSeconds: 1 }]);
    const response = await tight.execute(PackageDocument, {
      id: PACKAGES.customerABasic,
      accountId: ACCOUNTS.customerA,
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 1,
    });
    const log = await tight.upstreamCalls();
    expect(log.map((c) => c.status)).toEqual([429]);
  });
});
