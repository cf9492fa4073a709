import { outcome, PACKAGES, useEmulator, validationError } from './harness.js';

const h = useEmulator();

const QUERY_SITES = '/site-list/v2/sites/query';
const CREATE = '/resellers/v2/packages';

/** The plain Wix envelope of transport-level errors: a message and empty details. */
const plainError = { message: expect.stringMatching(/\S/), details: {} };

afterEach(async () => {
  // Whatever a test sent, the emulator must still answer a normal call.
  const res = await h.call('POST', '/site-list/v2/sites/count', { body: {} });
  expect(res.status).toBe(200);
});

describe('bad input', () => {
  it.each([
    ['truncated JSON', '{"query": {'],
    ['a trailing comma', '{"query": {},}'],
    ['single quotes', "{'query': {}}"],
    ['plain text', 'hello'],
  ])('answers %s with 400 in the Wix envelope', async (_name, rawBody) => {
    const res = await h.call('POST', QUERY_SITES, { rawBody });
    expect(outcome(res)).toEqual({ status: 400, body: plainError });
  });

  it('rejects a __proto__ key instead of polluting objects', async () => {
    const res = await h.call('POST', QUERY_SITES, {
      rawBody: '{"__proto__": {"polluted": true}, "query": {}}',
    });
    expect(outcome(res)).toEqual({ status: 400, body: plainError });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['an array', '[1, 2, 3]'],
    ['a string', '"query"'],
    ['a number', '42'],
  ])('answers a body that is %s with a 400 validation error', async (_name, rawBody) => {
    const res = await h.call('POST', CREATE, { rawBody });
    expect(outcome(res)).toEqual({ status: 400, body: validationError('body') });
  });

  it.each<[string, string, Record<string, unknown>, string]>([
    ['products as a string', CREATE, { products: 'all' }, 'products'],
    ['a product as a number', CREATE, { products: [7] }, 'products[0]'],
    [
      'billingInfo as a string',
      CREATE,
      {
        products: [
          { catalogProductId: PACKAGES.outsiderVip, countryCode: 'US', billingInfo: 'monthly' },
        ],
      },
      'products[0].billingInfo',
    ],
    [
      'a cycle count of zero',
      CREATE,
      {
        products: [
          {
            catalogProductId: PACKAGES.outsiderVip,
            countryCode: 'US',
            billingInfo: { type: 'RECURRING', cycleDuration: { unit: 'MONTH', count: 0 } },
          },
        ],
      },
      'products[0].billingInfo.cycleDuration.count',
    ],
    [
      'an unknown interval unit',
      CREATE,
      {
        products: [
          {
            catalogProductId: PACKAGES.outsiderVip,
            countryCode: 'US',
            billingInfo: { type: 'RECURRING', cycleDuration: { unit: 'FORTNIGHT' } },
          },
        ],
      },
      'products[0].billingInfo.cycleDuration.unit',
    ],
    ['query as a number', '/resellers/v1/packages/query', { query: 5 }, 'query'],
    [
      'cursorPaging as a string',
      QUERY_SITES,
      { query: { cursorPaging: 'next' } },
      'query.cursorPaging',
    ],
    [
      'sort as an object',
      QUERY_SITES,
      { query: { sort: { fieldName: 'displayName' } } },
      'query.sort',
    ],
    [
      'a site id as a number',
      '/b2b-site-management/v1/transfer-site',
      { siteTransfer: { siteId: 5, sourceAccountId: 6 } },
      'siteTransfer.siteId',
    ],
  ])('answers %s with 400 naming the field', async (_name, path, body, field) => {
    const res = await h.call('POST', path, { body });
    expect(outcome(res)).toEqual({ status: 400, body: validationError(field) });
  });

  it('answers a body over the size limit with 413 in the Wix envelope', async () => {
    const rawBody = JSON.stringify({ query: {}, padding: 'x'.repeat(2 * 1024 * 1024) });
    const res = await h.call('POST', QUERY_SITES, { rawBody });
    expect(outcome(res)).toEqual({ status: 413, body: plainError });
  });

  it('reads a JSON body whatever its content type says', async () => {
    const res = await h.call('POST', QUERY_SITES, {
      rawBody: JSON.stringify({ query: { cursorPaging: { limit: 1 } } }),
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(200);
    expect(res.body.sites).toHaveLength(1);
  });

  it.each([
    ['GET', '/no/such/route'],
    ['POST', '/resellers/v3/packages'],
    ['PUT', CREATE],
    ['GET', QUERY_SITES],
    ['POST', '/site-list/v2/sites'],
  ])('answers %s %s with 404 in the Wix envelope', async (method, path) => {
    const res = await h.call(method, path, { body: method === 'GET' ? undefined : {} });
    expect(outcome(res)).toEqual({ status: 404, body: plainError });
  });

  it('answers an unknown path with JSON, never HTML', async () => {
    const res = await h.call('GET', '/<script>alert(1)</script>');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('answers a malformed percent-encoding in the path with a 4xx in the Wix envelope', async () => {
    const res = await h.call('GET', '/resellers/v1/packages/%E0%A4%A');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body).toEqual(expect.objectContaining({ message: expect.any(String), details: {} }));
  });

  it('answers a pathologically deep filter with 400, not a crash', async () => {
    const depth = 20_000;
    const rawBody = `{"query":{"filter":${'{"$not":'.repeat(depth)}{}${'}'.repeat(depth)}}}`;
    const res = await h.call('POST', QUERY_SITES, { rawBody });
    expect(outcome(res)).toEqual({ status: 400, body: plainError });
  });

  it('still evaluates a filter nested a realistic depth', async () => {
    // Ten $not around "published": even count, so it means published = true.
    let filter: Record<string, unknown> = { published: true };
    for (let i = 0; i < 10; i++) filter = { $not: filter };
    const res = await h.call('POST', QUERY_SITES, { body: { query: { filter } } });
    expect(res.status).toBe(200);
    expect(res.body.sites.every((s: { published: boolean }) => s.published)).toBe(true);
  });

  it('answers a path parameter over 2048 characters with 414 in the Wix envelope', async () => {
    const res = await h.call(
      'PATCH',
      `/resellers/v1/packages/update/${PACKAGES.resellerFloating}/${'x'.repeat(3000)}`,
    );
    expect(outcome(res)).toEqual({ status: 414, body: plainError });
  });

  it('accepts an empty DELETE body sent as application/json', async () => {
    const res = await h.call('DELETE', `/resellers/v1/packages/${PACKAGES.resellerFloating}`, {
      rawBody: '',
    });
    expect(res.status).toBe(200);
  });

  it('answers a whitespace-only Authorization header with 401', async () => {
    const res = await h.call('POST', QUERY_SITES, { key: '   ', body: {} });
    expect(outcome(res)).toEqual({ status: 401, body: plainError });
  });

  it('survives many bad requests in parallel', async () => {
    const bad = Array.from({ length: 50 }, (_, i) =>
      h.call('POST', i % 2 ? CREATE : QUERY_SITES, { rawBody: i % 3 ? '{"x":' : '[]' }),
    );
    const results = await Promise.all(bad);
    expect(results.every((r) => r.status === 400)).toBe(true);
  });
});
