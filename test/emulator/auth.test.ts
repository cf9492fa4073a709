import {
  ACCOUNTS,
  DEFAULT_API_KEY,
  outcome,
  request,
  SITES,
  UNKNOWN_ID,
  useEmulator,
  validationError,
} from './harness.js';
import { startEmulator } from '../../src/emulator/index.js';

const h = useEmulator();

const COUNT = '/site-list/v2/sites/count';

/** Every public route, so the auth rules are shown to hold for all of them, not one. */
const ROUTES: [string, string][] = [
  ['POST', '/resellers/v2/packages'],
  ['GET', `/resellers/v1/packages/${UNKNOWN_ID}`],
  ['POST', '/resellers/v1/packages/query'],
  ['DELETE', `/resellers/v1/packages/${UNKNOWN_ID}`],
  ['PATCH', `/resellers/v1/packages/product-instances/${UNKNOWN_ID}/${SITES.bakeryDraft}`],
  ['PATCH', `/resellers/v1/packages/product-instances/${UNKNOWN_ID}/unassign`],
  ['PATCH', `/resellers/v1/packages/product-instances/${UNKNOWN_ID}`],
  ['DELETE', `/resellers/v1/packages/product-instances/${UNKNOWN_ID}`],
  ['PATCH', `/resellers/v1/packages/update/${UNKNOWN_ID}/ext-1`],
  ['POST', '/b2b-site-management/v1/transfer-site'],
  ['POST', '/site-list/v2/sites/query'],
  ['POST', COUNT],
];

const unauthenticated = { message: expect.stringMatching(/\S/), details: {} };

describe('authentication', () => {
  it('accepts the raw default API key with an account id', async () => {
    const res = await h.call('POST', COUNT, { body: {} });
    expect(res.status).toBe(200);
  });

  it.each(ROUTES)(
    'answers %s %s without an Authorization header with 401',
    async (method, path) => {
      const res = await h.call(method, path, { key: null, body: {} });
      expect(outcome(res)).toEqual({ status: 401, body: unauthenticated });
    },
  );

  it.each(ROUTES)('answers %s %s with an unknown key with 401', async (method, path) => {
    const res = await h.call(method, path, { key: 'IST.not-a-real-key', body: {} });
    expect(outcome(res)).toEqual({ status: 401, body: unauthenticated });
  });

  it('rejects the key sent with a Bearer prefix, as Wix expects the raw key', async () => {
    const res = await h.call('POST', COUNT, { key: `Bearer ${DEFAULT_API_KEY}`, body: {} });
    expect(outcome(res)).toEqual({ status: 401, body: unauthenticated });
  });

  it('never echoes the rejected key back in the error', async () => {
    const res = await h.call('POST', COUNT, { key: 'IST.secret-looking-key-123', body: {} });
    expect(res.status).toBe(401);
    expect(JSON.stringify(res.body)).not.toContain('secret-looking-key-123');
  });

  it.each(ROUTES)(
    'answers %s %s with both wix-account-id and wix-site-id with 400',
    async (method, path) => {
      const res = await h.call(method, path, {
        body: {},
        headers: { 'wix-site-id': SITES.bakeryDraft },
      });
      expect(outcome(res)).toEqual({ status: 400, body: validationError('wix-site-id') });
    },
  );

  it('answers a call without wix-account-id with 400 naming the header', async () => {
    const res = await h.call('POST', COUNT, { account: null, body: {} });
    expect(outcome(res)).toEqual({ status: 400, body: validationError('wix-account-id') });
  });

  it('answers a wix-account-id that is not a GUID with 400 naming the header', async () => {
    const res = await h.call('POST', COUNT, { account: 'my-account', body: {} });
    expect(outcome(res)).toEqual({ status: 400, body: validationError('wix-account-id') });
  });

  it('treats an upper-case account id as the same account', async () => {
    const lower = await h.call('POST', COUNT, { body: {} });
    const upper = await h.call('POST', COUNT, {
      account: ACCOUNTS.reseller.toUpperCase(),
      body: {},
    });
    expect(outcome(upper)).toEqual(outcome(lower));
  });

  it('checks the key before the account headers', async () => {
    const res = await h.call('POST', COUNT, { key: null, account: null, body: {} });
    expect(res.status).toBe(401);
  });

  it('accepts a key added through PUT /_emulator/state and then rejects the removed default', async () => {
    const state = (await h.admin('GET', '/_emulator/state')).body;
    state.apiKeys = [{ key: 'IST.rotated-key', label: 'rotated' }];
    expect((await h.admin('PUT', '/_emulator/state', state)).status).toBe(200);

    const withNew = await h.call('POST', COUNT, { key: 'IST.rotated-key', body: {} });
    const withOld = await h.call('POST', COUNT, { body: {} });
    expect([withNew.status, withOld.status]).toEqual([200, 401]);
  });
});

describe('configured API keys', () => {
  it('accepts exactly the keys given to startEmulator', async () => {
    const server = await startEmulator({
      port: 0,
      host: '127.0.0.1',
      quiet: true,
      apiKeys: ['IST.team-key-1'],
    });
    try {
      const custom = await request(server.url, 'POST', COUNT, {
        key: 'IST.team-key-1',
        account: ACCOUNTS.reseller,
        body: {},
      });
      const fallback = await request(server.url, 'POST', COUNT, {
        account: ACCOUNTS.reseller,
        body: {},
      });
      expect([custom.status, fallback.status]).toEqual([200, 401]);
    } finally {
      await server.stop();
    }
  });

  it('listens on loopback on the port it reports', async () => {
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const port = Number(new URL(h.url).port);
    expect(port).toBeGreaterThan(0);
  });
});
