import {
  ACCOUNTS,
  INSTANCES,
  PACKAGES,
  PRODUCTS,
  SITES,
  summarize,
  useGateway,
  type Harness,
} from '../harness.js';
import {
  CUSTOMER_A_TOKEN,
  CUSTOMER_B_TOKEN,
  CUSTOMERS_A_C_TOKEN,
  GATEWAY_TOKENS,
  RESELLER_TOKEN,
} from '../callers.js';

const gateway = useGateway({ env: { GATEWAY_TOKENS } });

function call(
  harness: Harness,
  token: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
) {
  return harness.post(JSON.stringify({ query, variables }), {
    'content-type': 'application/json',
    ...(token !== undefined && { authorization: `Bearer ${token}` }),
  });
}

function expectNoSecret(response: unknown): void {
  const text = JSON.stringify(response);
  for (const secret of [RESELLER_TOKEN, CUSTOMER_A_TOKEN, CUSTOMER_B_TOKEN, gateway.apiKey]) {
    expect(text).not.toContain(secret);
  }
}

describe('authentication', () => {
  it.each([
    [
      'no Authorization header',
      undefined,
      'Missing credentials: send Authorization: Bearer <token>',
    ],
    ['an unknown token', 'not-a-configured-token-at-all-000000', 'Invalid token'],
    [
      'a configured token with one character changed',
      `${CUSTOMER_A_TOKEN.slice(0, -1)}x`,
      'Invalid token',
    ],
  ])('answers %s with 401 UNAUTHENTICATED before any upstream call', async (_, token, message) => {
    const response = await call(
      gateway,
      token,
      '{ sites(accountId: "' + ACCOUNTS.customerA + '") { nodes { id } } }',
    );
    expect(response).toEqual({
      status: 401,
      body: { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] },
    });
    expectNoSecret(response);
    expect(await gateway.upstreamCalls()).toEqual([]);
  });

  it('refuses a scheme other than Bearer', async () => {
    const response = await gateway.post(JSON.stringify({ query: '{ __typename }' }), {
      'content-type': 'application/json',
      authorization: `Basic ${CUSTOMER_A_TOKEN}`,
    });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      errors: [
        {
          message: 'Malformed Authorization header: expected "Bearer <token>"',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
  });

  it('sends WWW-Authenticate: Bearer with a 401', async () => {
    const response = await fetch(gateway.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('accepts a token configured by its SHA-256', async () => {
    const response = await call(
      gateway,
      CUSTOMER_B_TOKEN,
      `{ site(id: "${SITES.customerBRestaurant}", accountId: "${ACCOUNTS.customerB}") { id } }`,
    );
    expect(response).toEqual({
      status: 200,
      body: { data: { site: { id: SITES.customerBRestaurant } } },
    });
  });
});

describe('a caller scoped to customer A', () => {
  const A = ACCOUNTS.customerA;
  const B = ACCOUNTS.customerB;

  it('reads its own sites and packages', async () => {
    const response = await call(
      gateway,
      CUSTOMER_A_TOKEN,
      `{ site(id: "${SITES.customerAShop}", accountId: "${A.toUpperCase()}") { id } }`,
    );
    expect(response).toEqual({
      status: 200,
      body: { data: { site: { id: SITES.customerAShop } } },
    });
  });

  // The default-account rows run as a caller with two customer accounts: a
  // caller with one acts on it by default (viewer.test.ts).
  const forbidden: [string, string, string][] = [
    ['site', `{ site(id: "${SITES.customerBRestaurant}", accountId: "${B}") { id } }`, B],
    ['sites', `{ sites(accountId: "${B}") { nodes { id } } }`, B],
    ['sites (default account)', `{ sites { nodes { id } } }`, ACCOUNTS.reseller],
    ['package', `{ package(id: "${PACKAGES.customerBUnlimited}", accountId: "${B}") { id } }`, B],
    ['packages', `{ packages(accountId: "${B}") { nodes { id } } }`, B],
    [
      'packages filtered to another account',
      `{ packages(accountId: "${A}", filter: { accountIds: ["${B}"] }) { nodes { id } } }`,
      B,
    ],
    [
      'productInstance',
      `{ productInstance(id: "${INSTANCES.unlimitedOnCustomerBRestaurant}", accountId: "${B}") { id } }`,
      B,
    ],
    [
      'createPackage',
      `mutation { createPackage(accountId: "${B}", input: { products: [{ catalogProductId: "${PRODUCTS.businessBasic}", countryCode: "US", billingInfo: { type: RECURRING, cycleDuration: { unit: MONTH } } }] }) { package { id } } }`,
      B,
    ],
    [
      'cancelPackage',
      `mutation { cancelPackage(id: "${PACKAGES.customerBUnlimited}", accountId: "${B}") { package { id } } }`,
      B,
    ],
    [
      'cancelInstance (default account)',
      `mutation { cancelInstance(instanceId: "${INSTANCES.unlimitedOnCustomerBRestaurant}") { instance { id } } }`,
      ACCOUNTS.reseller,
    ],
    [
      'assignInstance',
      `mutation { assignInstance(accountId: "${B}", instanceId: "${INSTANCES.mailboxOnCustomerBRestaurant}", siteId: "${SITES.customerBEvents}") { instance { id } } }`,
      B,
    ],
    [
      'reassignInstance',
      `mutation { reassignInstance(accountId: "${B}", instanceId: "${INSTANCES.mailboxOnCustomerBRestaurant}", toSiteId: "${SITES.customerBEvents}") { instance { id } } }`,
      B,
    ],
    [
      'transferSite from the default account',
      `mutation { transferSite(input: { siteId: "${SITES.bakeryDraft}", toAccountId: "${A}" }) { site { id } } }`,
      ACCOUNTS.reseller,
    ],
    [
      'transferSite to another account',
      `mutation { transferSite(input: { siteId: "${SITES.customerABlog}", fromAccountId: "${A}", toAccountId: "${B}" }) { site { id } } }`,
      B,
    ],
  ];

  it.each(forbidden)(
    'is FORBIDDEN on another account (%s), and the call never reaches Wix',
    async (_, query, account) => {
      const token = account === ACCOUNTS.reseller ? CUSTOMERS_A_C_TOKEN : CUSTOMER_A_TOKEN;
      const response = await call(gateway, token, query);
      expect(response.status).toBe(200);
      const body = response.body as {
        data: unknown;
        errors: { message: string; extensions: unknown }[];
      };
      // Nullable root fields come back null, the others null the whole data.
      expect(JSON.stringify(body.data ?? null)).not.toMatch(/"id"/);
      expect(body.errors).toHaveLength(1);
      // The default account is named to no caller that may not act on it.
      expect(body.errors[0].extensions).toEqual(
        account === ACCOUNTS.reseller
          ? { code: 'FORBIDDEN' }
          : { code: 'FORBIDDEN', accountId: account },
      );
      expect(body.errors[0].message).toContain('This caller may not act on');
      expect(body.errors[0].message).not.toMatch(/customer A app|customers A and C/);
      if (account === ACCOUNTS.reseller) {
        expect(body.errors[0].message).not.toContain(ACCOUNTS.reseller);
      }
      expectNoSecret(response);
      expect(await gateway.upstreamCalls()).toEqual([]);
    },
  );

  it("cannot read customer B's package by ID through its own account (Query Packages spans the family)", async () => {
    const response = await call(
      gateway,
      CUSTOMER_A_TOKEN,
      `{ package(id: "${PACKAGES.customerBUnlimited}", accountId: "${A}") { id accountId } }`,
    );
    expect(response.body).toMatchObject({
      data: { package: null },
      errors: [{ extensions: { code: 'NOT_FOUND' } }],
    });
    expect(summarize(await gateway.upstreamCalls())).toEqual([
      `POST /resellers/v1/packages/query ${A}`,
    ]);
  });

  it("cannot read customer B's product instance by ID through its own account", async () => {
    const response = await call(
      gateway,
      CUSTOMER_A_TOKEN,
      `{ productInstance(id: "${INSTANCES.unlimitedOnCustomerBRestaurant}", accountId: "${A}") { id site { id } package { id } } }`,
    );
    expect(response.body).toMatchObject({
      data: { productInstance: null },
      errors: [{ extensions: { code: 'NOT_FOUND' } }],
    });
  });

  it('lists only its own packages, where the reseller sees the whole family', async () => {
    const query = `query($accountId: ID) { packages(accountId: $accountId, first: 100) { nodes { id accountId productInstances { site { id } } } } }`;
    const mine = await call(gateway, CUSTOMER_A_TOKEN, query, { accountId: A });
    const nodes = (mine.body as { data: { packages: { nodes: { accountId: string }[] } } }).data
      .packages.nodes;
    expect(nodes.map((n) => n.accountId)).toEqual([A, A]);
    const family = await call(gateway, RESELLER_TOKEN, query, { accountId: A });
    const all = (family.body as { data: { packages: { nodes: { accountId: string }[] } } }).data
      .packages.nodes;
    expect(new Set(all.map((n) => n.accountId))).toEqual(new Set([ACCOUNTS.reseller, A, B]));
  });

  it('acts on its own account: a mutation goes through', async () => {
    const response = await call(
      gateway,
      CUSTOMER_A_TOKEN,
      `mutation { updatePackageExternalId(accountId: "${A}", id: "${PACKAGES.customerABasic}", externalId: "a-1") { package { id externalId } } }`,
    );
    expect(response.body).toEqual({
      data: {
        updatePackageExternalId: { package: { id: PACKAGES.customerABasic, externalId: 'a-1' } },
      },
    });
  });
});

describe('the reseller token ("*")', () => {
  it('acts on the default account and any other', async () => {
    const response = await call(
      gateway,
      RESELLER_TOKEN,
      `{ a: sites(first: 1) { nodes { id } } b: sites(first: 1, accountId: "${ACCOUNTS.customerB}") { nodes { id } } }`,
    );
    expect(response.status).toBe(200);
    expect(response.body).not.toHaveProperty('errors');
  });
});
