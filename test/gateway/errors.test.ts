import {
  AdjustInstanceDocument,
  CancelPackageDocument,
  CreatePackageDocument,
  SiteDocument,
  SitesDocument,
  TransferSiteDocument,
} from '../generated/graphql.js';
import {
  ACCOUNTS,
  INSTANCES,
  PRODUCTS,
  SITES,
  UNKNOWN_ID,
  useGateway,
  type Harness,
} from '../harness.js';

const gateway = useGateway();

/** Nothing internal may reach a client: no upstream URL, API key or stack trace. */
function expectNoLeaks(harness: Harness, response: unknown): void {
  const text = JSON.stringify(response);
  expect(text).not.toContain(new URL(harness.emulatorUrl).host);
  expect(text).not.toContain(harness.apiKey);
  expect(text).not.toMatch(/stacktrace|\bat .*\.(ts|js):\d+/i);
}

const product = {
  catalogProductId: PRODUCTS.businessBasic,
  countryCode: 'US',
  billingInfo: { type: 'RECURRING' as const, cycleDuration: { unit: 'MONTH' as const } },
};

describe('BAD_USER_INPUT', () => {
  it('lists every invalid createPackage field, naming field and value, before any upstream call', async () => {
    const response = await gateway.execute(CreatePackageDocument, {
      accountId: 'not-a-guid',
      input: {
        externalId: 'x'.repeat(101),
        products: [
          { ...product, catalogProductId: 'abc', countryCode: 'USA', discountCode: 'D'.repeat(26) },
        ],
      },
    });
    expect(response.errors).toEqual([
      {
        message: `Invalid input: input.externalId "${'x'.repeat(79)}…" must be at most 100 characters; input.products[0].catalogProductId "abc" must be a GUID; input.products[0].countryCode "USA" must be an ISO 3166-1 alpha-2 country code; input.products[0].discountCode "${'D'.repeat(26)}" must be at most 25 characters; accountId "not-a-guid" must be a GUID`,
        locations: [{ line: 2, column: 3 }],
        path: ['createPackage'],
        extensions: {
          code: 'BAD_USER_INPUT',
          fieldViolations: [
            {
              field: 'input.externalId',
              reason: 'MAX_LENGTH',
              description: 'must be at most 100 characters',
            },
            {
              field: 'input.products[0].catalogProductId',
              reason: 'FORMAT',
              description: 'must be a GUID',
            },
            {
              field: 'input.products[0].countryCode',
              reason: 'FORMAT',
              description: 'must be an ISO 3166-1 alpha-2 country code',
            },
            {
              field: 'input.products[0].discountCode',
              reason: 'MAX_LENGTH',
              description: 'must be at most 25 characters',
            },
            { field: 'accountId', reason: 'FORMAT', description: 'must be a GUID' },
          ],
        },
      },
    ]);
    expect(await gateway.upstreamCalls()).toEqual([]);
  });

  it.each([
    [0, 'MIN_SIZE', 'must list at least 1 product'],
    [1001, 'MAX_SIZE', 'must list at most 1000 products'],
  ])('refuses a package of %i products', async (count, reason, description) => {
    const response = await gateway.execute(CreatePackageDocument, {
      input: { products: Array.from({ length: count }, () => product) },
    });
    expect(response.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldViolations: [{ field: 'input.products', reason, description }],
    });
    expect(await gateway.upstreamCalls()).toEqual([]);
  });

  it.each([
    ['a page size over the maximum', { first: 101 }, 'first must be from 1 to 100, got 101'],
    ['a page size of zero', { first: 0 }, 'first must be from 1 to 100, got 0'],
    [
      'a forged cursor',
      { after: 'bm9wZQ' },
      'after is not a cursor this API returned for this query: pass an endCursor or edge cursor of an earlier page, with the same accountId, filter and sort',
    ],
  ])('refuses %s', async (_case, variables, message) => {
    const response = await gateway.execute(SitesDocument, variables);
    expect(response.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses adjustInstance with nothing to adjust', async () => {
    const response = await gateway.execute(AdjustInstanceDocument, {
      instanceId: INSTANCES.floatingBasic,
    });
    expect(response.errors?.[0]).toMatchObject({
      message: `adjustInstance of "${INSTANCES.floatingBasic}" needs catalogProductId, billingInfo or both`,
      extensions: {
        code: 'BAD_USER_INPUT',
        fieldViolations: [
          {
            field: 'catalogProductId',
            reason: 'REQUIRED_FIELD',
            description: 'or billingInfo is required',
          },
        ],
      },
    });
  });

  it.each([
    ['a document that does not parse', '{"query":"{ sites {"}', 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', '{"query":"{ sites { nope } }"}', 'GRAPHQL_VALIDATION_FAILED'],
    [
      'a variable of the wrong type',
      '{"query":"query($f: Int) { sites(first: $f) { nodes { id } } }","variables":{"f":"ten"}}',
      'BAD_USER_INPUT',
    ],
    ['a body that is not JSON', '{"query":', 'BAD_REQUEST'],
  ])(
    'maps %s to BAD_USER_INPUT, keeping Apollo’s code as the reason',
    async (_case, body, reason) => {
      const response = await gateway.post(body);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        errors: [{ message: expect.any(String), extensions: { code: 'BAD_USER_INPUT', reason } }],
      });
      expectNoLeaks(gateway, response.body);
    },
  );
});

describe('errors from the upstream', () => {
  it('NOT_FOUND carries the upstream code when Wix does not know the package', async () => {
    const response = await gateway.execute(CancelPackageDocument, { id: UNKNOWN_ID });
    expect(response.errors?.[0]).toMatchObject({
      message: `Could not cancel package "${UNKNOWN_ID}": the package does not exist in the account acted on`,
      extensions: { code: 'NOT_FOUND', upstreamCode: 'PACKAGE_NOT_FOUND' },
    });
  });

  it('FAILED_PRECONDITION when a product needs a Premium plan the site lacks', async () => {
    const response = await gateway.execute(CreatePackageDocument, {
      input: {
        products: [
          { catalogProductId: PRODUCTS.domainCom, siteId: SITES.bakeryDraft, countryCode: 'US' },
        ],
      },
    });
    expect(response.errors?.[0]).toMatchObject({
      message: `Could not create a package in account "${ACCOUNTS.reseller}": the site lacks a prerequisite of the product (e.g. a Premium plan)`,
      extensions: { code: 'FAILED_PRECONDITION', upstreamCode: 'PRODUCT_NOT_SUPPORTED_ON_SITE' },
    });
    expectNoLeaks(gateway, response);
  });

  it('FORBIDDEN when transferring to an account outside the family', async () => {
    const response = await gateway.execute(TransferSiteDocument, {
      input: { siteId: SITES.bakeryDraft, toAccountId: ACCOUNTS.outsider },
    });
    expect(response.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN', upstreamCode: 'SITE_TRANSFER_NOT_ALLOWED' },
    });
  });

  it('RATE_LIMITED with the wait from Retry-After', async () => {
    await gateway.setFaults([{ route: 'querySites', kind: 'rateLimit', retryAfterSeconds: 7 }]);
    const response = await gateway.execute(SiteDocument, { id: SITES.agencyPortfolio });
    expect(response.errors?.[0]).toMatchObject({
      message: `Could not query the sites of account "${ACCOUNTS.reseller}": Wix is throttling requests; retry after 7 s`,
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 7 },
    });
  });

  it.each([
    ['a 503', { kind: 'error' as const, status: 503 }, 'Wix failed with HTTP 503'],
    ['a dropped connection', { kind: 'drop' as const }, 'Wix could not be reached'],
  ])(
    'UPSTREAM_UNAVAILABLE on %s, without leaking the upstream URL or key',
    async (_c, fault, text) => {
      await gateway.setFaults([{ route: 'querySites', ...fault }]);
      const response = await gateway.execute(SitesDocument, {});
      expect(response.errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(response.errors?.[0].message).toContain(text);
      expectNoLeaks(gateway, response);
    },
  );
});

describe('UPSTREAM_TIMEOUT and INTERNAL_SERVER_ERROR', () => {
  const slow = useGateway({ env: { UPSTREAM_TIMEOUT_MS: '150' } });
  const misconfigured = useGateway({ apiKey: 'IST.revoked-key' });

  it('UPSTREAM_TIMEOUT when Wix answers after the deadline', async () => {
    await slow.setFaults([{ route: 'querySites', kind: 'latency', latencyMs: 1000 }]);
    const response = await slow.execute(SitesDocument, {});
    expect(response.errors?.[0]).toMatchObject({
      message: `Could not query the sites of account "${ACCOUNTS.reseller}": Wix did not answer in time`,
      extensions: { code: 'UPSTREAM_TIMEOUT' },
    });
    expectNoLeaks(slow, response);
  });

  it('INTERNAL_SERVER_ERROR, not UNAUTHENTICATED, when Wix rejects the gateway’s own key', async () => {
    const response = await misconfigured.execute(SitesDocument, {});
    expect(response.errors?.[0]).toMatchObject({
      message: `Could not query the sites of account "${ACCOUNTS.reseller}": Wix rejected the gateway's credentials (configuration error)`,
      extensions: { code: 'INTERNAL_SERVER_ERROR', upstreamCode: 'UNAUTHENTICATED' },
    });
    expectNoLeaks(misconfigured, response);
  });
});
