import {
  INSTANCES,
  outcome,
  PACKAGES,
  PRODUCTS,
  SITES,
  useEmulator,
  validationError,
} from './harness.js';

const h = useEmulator();

const QUERY_SITES = '/site-list/v2/sites/query';
const COUNT_SITES = '/site-list/v2/sites/count';
const getPackage = `/resellers/v1/packages/${PACKAGES.resellerFloating}`;

async function setFaults(rules: Record<string, unknown>[]) {
  const res = await h.admin('PUT', '/_emulator/faults', { rules });
  expect(res.status).toBe(200);
  return res;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await fn();
  return [result, performance.now() - started];
}

describe('PUT /_emulator/faults', () => {
  it('adds latency to the matching route only', async () => {
    await setFaults([{ route: 'querySites', kind: 'latency', latencyMs: 300 }]);
    const [slow, slowMs] = await timed(() => h.call('POST', QUERY_SITES, { body: {} }));
    const [fast, fastMs] = await timed(() => h.call('POST', COUNT_SITES, { body: {} }));
    expect([slow.status, fast.status]).toEqual([200, 200]);
    expect(slowMs).toBeGreaterThanOrEqual(280);
    expect(fastMs).toBeLessThan(250);
  });

  it('answers an injected 5xx with the empty system-error envelope at rate 1', async () => {
    await setFaults([{ route: 'getPackage', kind: 'error', status: 503, rate: 1 }]);
    const results = await Promise.all([1, 2, 3].map(() => h.call('GET', getPackage)));
    for (const res of results) {
      expect(outcome(res)).toEqual({ status: 503, body: { message: '', details: {} } });
    }
  });

  it('answers an injected 4xx in the Wix envelope', async () => {
    await setFaults([{ route: 'getPackage', kind: 'error', status: 409 }]);
    const res = await h.call('GET', getPackage);
    expect(outcome(res)).toEqual({
      status: 409,
      body: { message: expect.stringMatching(/\S/), details: {} },
    });
  });

  it('defaults an error rule to 500', async () => {
    await setFaults([{ route: 'getPackage', kind: 'error' }]);
    const res = await h.call('GET', getPackage);
    expect(outcome(res)).toEqual({ status: 500, body: { message: '', details: {} } });
  });

  it('never fires a rule with rate 0', async () => {
    await setFaults([{ route: 'getPackage', kind: 'error', status: 500, rate: 0 }]);
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => h.call('GET', getPackage)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
  });

  it('answers 429 with Retry-After', async () => {
    await setFaults([{ route: 'querySites', kind: 'rateLimit', retryAfterSeconds: 7 }]);
    const res = await h.call('POST', QUERY_SITES, { body: {} });
    expect(outcome(res)).toEqual({
      status: 429,
      body: { message: expect.stringMatching(/\S/), details: {} },
    });
    expect(res.headers.get('retry-after')).toBe('7');
  });

  it('drops the connection without an HTTP response', async () => {
    await setFaults([{ route: 'querySites', kind: 'drop' }]);
    await expect(h.call('POST', QUERY_SITES, { body: {} })).rejects.toThrow();
    const ok = await h.call('POST', COUNT_SITES, { body: {} });
    expect(ok.status).toBe(200);
  });

  it('fires a rule only the given number of times', async () => {
    await setFaults([{ route: 'countSites', kind: 'error', status: 502, times: 2 }]);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await h.call('POST', COUNT_SITES, { body: {} })).status);
    expect(statuses).toEqual([502, 502, 200, 200]);
  });

  it('matches by method and path pattern', async () => {
    await setFaults([
      { method: 'GET', path: '/resellers/v1/packages/*', kind: 'error', status: 504 },
    ]);
    const get = await h.call('GET', getPackage);
    const query = await h.call('POST', '/resellers/v1/packages/query', { body: { query: {} } });
    expect([get.status, query.status]).toEqual([504, 200]);
  });

  it('applies the write before faulting the response when `after` is set', async () => {
    await setFaults([{ route: 'createPackage', kind: 'error', status: 500, after: true }]);
    const before = (await h.admin('GET', '/_emulator/state')).body.packages.length;
    const res = await h.call('POST', '/resellers/v2/packages', {
      body: { products: [{ catalogProductId: PRODUCTS.logoOneTime, countryCode: 'US' }] },
    });
    const after = (await h.admin('GET', '/_emulator/state')).body.packages.length;
    expect(outcome(res)).toEqual({ status: 500, body: { message: '', details: {} } });
    expect(after).toBe(before + 1);
  });

  it('faults requests before authentication, like a proxy in front of Wix would', async () => {
    await setFaults([{ route: 'querySites', kind: 'rateLimit' }]);
    const res = await h.call('POST', QUERY_SITES, { key: null, body: {} });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
  });

  it('never faults the admin surface', async () => {
    await setFaults([{ path: '/**', kind: 'error', status: 500 }]);
    const api = await h.call('POST', COUNT_SITES, { body: {} });
    const state = await h.admin('GET', '/_emulator/state');
    expect([api.status, state.status]).toEqual([500, 200]);
  });

  it('lists the active rules and clears them on DELETE and on reset', async () => {
    const rule = { route: 'querySites', kind: 'latency', latencyMs: 10 };
    const put = await setFaults([rule]);
    const listed = await h.admin('GET', '/_emulator/faults');
    const cleared = await h.admin('DELETE', '/_emulator/faults');
    await setFaults([rule]);
    await h.admin('POST', '/_emulator/reset');
    const afterReset = await h.admin('GET', '/_emulator/faults');
    expect(put.body).toEqual({ rules: [rule] });
    expect(listed.body).toEqual({ rules: [rule] });
    expect(cleared.body).toEqual({ rules: [] });
    expect(afterReset.body).toEqual({ rules: [] });
  });

  it('accepts a bare array of rules', async () => {
    const res = await h.admin('PUT', '/_emulator/faults', [{ route: 'querySites', kind: 'drop' }]);
    expect(res.body).toEqual({ rules: [{ route: 'querySites', kind: 'drop' }] });
  });

  it.each<[string, unknown, string]>([
    ['an unknown kind', { rules: [{ kind: 'explode' }] }, 'rules[0].kind'],
    ['a rate above 1', { rules: [{ kind: 'error', rate: 2 }] }, 'rules[0].rate'],
    [
      'a status that is not an error',
      { rules: [{ kind: 'error', status: 200 }] },
      'rules[0].status',
    ],
    ['a negative latency', { rules: [{ kind: 'latency', latencyMs: -5 }] }, 'rules[0].latencyMs'],
    ['rules that are not a list', { rules: 'all' }, 'rules'],
  ])('rejects %s with 400 and keeps the previous rules', async (_name, body, field) => {
    await setFaults([{ route: 'querySites', kind: 'latency', latencyMs: 1 }]);
    const res = await h.admin('PUT', '/_emulator/faults', body);
    const listed = await h.admin('GET', '/_emulator/faults');
    expect(outcome(res)).toEqual({ status: 400, body: validationError(field) });
    expect(listed.body.rules).toHaveLength(1);
  });

  it('strands an instance floating on a failed Assign, as Wix documents a partial failure can', async () => {
    await setFaults([{ route: 'assignInstance', kind: 'strand' }]);
    const res = await h.call(
      'PATCH',
      `/resellers/v1/packages/product-instances/${INSTANCES.vipOnAgencyPortfolio}/${SITES.yogaStudio}`,
    );
    const got = await h.call('GET', `/resellers/v1/packages/${PACKAGES.resellerVipAndMailbox}`);
    const instance = got.body.package.productInstances.find(
      (i: { instanceId: string }) => i.instanceId === INSTANCES.vipOnAgencyPortfolio,
    );
    expect(outcome(res)).toEqual({ status: 500, body: { message: '', details: {} } });
    expect(instance).not.toHaveProperty('siteId');
    expect((await h.storedSite(SITES.agencyPortfolio)).premium).toBe(false);
  });

  it('refuses a strand rule on any route but Assign with 400', async () => {
    const res = await h.admin('PUT', '/_emulator/faults', {
      rules: [{ route: 'cancelInstance', kind: 'strand' }],
    });
    expect(outcome(res)).toEqual({ status: 400, body: validationError('rules[0].kind') });
  });

  it('faults the Transfer Site route by name', async () => {
    await setFaults([{ route: 'transferSite', kind: 'error', status: 503 }]);
    const res = await h.call('POST', '/b2b-site-management/v1/transfer-site', {
      body: { siteTransfer: { siteId: SITES.bakeryDraft, sourceAccountId: SITES.bakeryDraft } },
    });
    expect(res.status).toBe(503);
  });
});
