import { startEmulator } from '../../src/emulator/index.js';
import {
  ACCOUNTS,
  createSeedState,
  outcome,
  PACKAGES,
  PRODUCTS,
  request,
  SITES,
  UNKNOWN_ID,
  useEmulator,
  validationError,
} from './harness.js';

const h = useEmulator();

const COUNT = '/site-list/v2/sites/count';

describe('GET/PUT /_emulator/state', () => {
  it('dumps the seed state of a fresh emulator without an API key', async () => {
    const res = await h.admin('GET', '/_emulator/state');
    expect(outcome(res)).toEqual({ status: 200, body: createSeedState() });
  });

  it('replaces the whole state and serves the API from it', async () => {
    const state = createSeedState();
    state.sites = state.sites.filter((s) => s.id === SITES.bakeryDraft);
    const put = await h.admin('PUT', '/_emulator/state', state);
    const count = await h.call('POST', COUNT, { body: {} });
    expect(outcome(put)).toEqual({
      status: 200,
      body: { ...state, transitions: [], idempotency: [] },
    });
    expect(count.body).toEqual({ count: 1 });
  });

  it('accepts a state without the optional transitions and idempotency lists', async () => {
    const state: Partial<ReturnType<typeof createSeedState>> = createSeedState();
    delete state.transitions;
    delete state.idempotency;
    const res = await h.admin('PUT', '/_emulator/state', state);
    expect(res.status).toBe(200);
  });

  it('rejects a state missing required collections with 400 and keeps the old state', async () => {
    const res = await h.admin('PUT', '/_emulator/state', { accounts: [], sites: 'none' });
    const after = await h.admin('GET', '/_emulator/state');
    expect(outcome(res)).toEqual({
      status: 400,
      body: validationError('apiKeys', 'sites', 'catalog', 'packages', 'allowedTransfers'),
    });
    expect(after.body).toEqual(createSeedState());
  });

  it.each([
    ['an array', [1, 2]],
    ['a string', 'state'],
  ])('rejects %s as a state with 400', async (_name, body) => {
    const res = await h.admin('PUT', '/_emulator/state', body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      message: expect.stringMatching(/\S/),
      details: { validationError: { fieldViolations: expect.any(Array) } },
    });
  });

  it('rejects items that are not objects with 400 naming them', async () => {
    const state = { ...createSeedState(), packages: ['not a package'] };
    const res = await h.admin('PUT', '/_emulator/state', state);
    expect(outcome(res)).toEqual({ status: 400, body: validationError('packages[0]') });
  });
});

describe('POST /_emulator/reset', () => {
  it('puts packages, sites and keys back to the seed', async () => {
    await h.call('DELETE', `/resellers/v1/packages/${PACKAGES.resellerVipAndMailbox}`);
    await h.call('POST', '/b2b-site-management/v1/transfer-site', {
      account: ACCOUNTS.customerA,
      body: { siteTransfer: { siteId: SITES.bakeryDraft, sourceAccountId: ACCOUNTS.reseller } },
    });
    const reset = await h.admin('POST', '/_emulator/reset');
    const state = await h.admin('GET', '/_emulator/state');
    expect(outcome(reset)).toEqual({ status: 200, body: { reset: true } });
    expect(state.body).toEqual(createSeedState());
  });

  it('clears the request log', async () => {
    await h.call('POST', COUNT, { body: {} });
    await h.admin('POST', '/_emulator/reset');
    const log = await h.admin('GET', '/_emulator/requests');
    expect(log.body).toEqual({ requests: [] });
  });
});

describe('GET /_emulator/requests', () => {
  it('logs each API call with method, path, route, account, status and duration', async () => {
    await h.call('POST', '/resellers/v2/packages', {
      account: ACCOUNTS.customerA,
      body: {
        idempotencyKey: 'logged-key',
        products: [{ catalogProductId: PRODUCTS.logoOneTime, countryCode: 'US' }],
      },
    });
    await h.call('GET', `/resellers/v1/packages/${UNKNOWN_ID}?fields=id`);
    await h.call('POST', COUNT, { key: 'IST.wrong', body: {} });
    const res = await h.admin('GET', '/_emulator/requests');
    const entry = (fields: Record<string, unknown>) => ({
      time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      durationMs: expect.any(Number),
      ...fields,
    });
    expect(outcome(res)).toEqual({
      status: 200,
      body: {
        requests: [
          entry({
            method: 'POST',
            path: '/resellers/v2/packages',
            route: 'createPackage',
            accountId: ACCOUNTS.customerA,
            status: 200,
            idempotencyKey: 'logged-key',
            applied: true,
          }),
          entry({
            method: 'GET',
            path: `/resellers/v1/packages/${UNKNOWN_ID}`,
            route: 'getPackage',
            accountId: ACCOUNTS.reseller,
            status: 404,
          }),
          entry({
            method: 'POST',
            path: COUNT,
            route: 'countSites',
            accountId: ACCOUNTS.reseller,
            status: 401,
          }),
        ],
      },
    });
  });

  it('logs unknown routes and dropped connections, but not admin calls', async () => {
    await h.admin('PUT', '/_emulator/faults', { rules: [{ route: 'querySites', kind: 'drop' }] });
    await h.call('GET', '/no/such/route');
    await h.call('POST', '/site-list/v2/sites/query', { body: {} }).catch(() => undefined);
    await h.admin('GET', '/_emulator/state');
    const res = await h.admin('GET', '/_emulator/requests');
    expect(res.body.requests).toEqual([
      expect.objectContaining({ method: 'GET', path: '/no/such/route', status: 404 }),
      expect.objectContaining({ path: '/site-list/v2/sites/query', status: 0, fault: 'drop' }),
    ]);
    expect(res.body.requests[0]).not.toHaveProperty('route');
  });

  it('clears the log on DELETE', async () => {
    await h.call('POST', COUNT, { body: {} });
    const cleared = await h.admin('DELETE', '/_emulator/requests');
    const res = await h.admin('GET', '/_emulator/requests');
    expect(cleared.body).toEqual({ requests: [] });
    expect(res.body).toEqual({ requests: [] });
  });
});

describe('configured API keys and reset', () => {
  it('keeps the keys given to startEmulator after POST /_emulator/reset', async () => {
    const server = await startEmulator({
      port: 0,
      host: '127.0.0.1',
      quiet: true,
      apiKeys: ['IST.team-key-1'],
    });
    try {
      await request(server.url, 'POST', '/_emulator/reset', { key: null, account: null });
      const res = await request(server.url, 'POST', COUNT, { key: 'IST.team-key-1', body: {} });
      expect(res.status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

describe('GET /_emulator/health', () => {
  it('answers ok without an API key', async () => {
    const res = await h.admin('GET', '/_emulator/health');
    expect(outcome(res)).toEqual({ status: 200, body: { ok: true } });
  });
});
