/**
 * Attacks found by a hostile review of the running gateway, each replayed
 * against it: every test here failed on the code before its fix.
 */
import { SignJWT } from 'jose';
import { CUSTOMERS_A_C_TOKEN, GATEWAY_TOKENS, RESELLER_TOKEN } from '../callers.js';
import { ACCOUNTS, PACKAGES, PRODUCTS, summarize, useGateway, type Harness } from '../harness.js';

const SECRET = 'a-shared-hmac-secret-of-at-least-32-chars!';
const ISSUER = 'https://auth.agency.example/';
const AUDIENCE = 'wix-reseller-gateway';
const JWT_ENV = {
  GATEWAY_JWT_SECRET: SECRET,
  GATEWAY_JWT_ISSUER: ISSUER,
  GATEWAY_JWT_AUDIENCE: AUDIENCE,
};

function signJwt(claims: Record<string, unknown>, edit: (jwt: SignJWT) => SignJWT = (j) => j) {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE);
  return edit(jwt).sign(new TextEncoder().encode(SECRET));
}

function call(
  harness: Harness,
  body: unknown,
  token?: string,
  headers: Record<string, string> = {},
) {
  return harness.post(JSON.stringify(body), {
    'content-type': 'application/json',
    ...(token !== undefined && { authorization: `Bearer ${token}` }),
    ...headers,
  });
}

const SITES_QUERY = { query: '{ sites(first: 1) { nodes { id } } }' };

describe('a JWT without exp', () => {
  const gateway = useGateway({ env: JWT_ENV });

  it('is refused as UNAUTHENTICATED: a token that never expires cannot be revoked', async () => {
    const token = await signJwt({ wix_accounts: '*', sub: 'forever' });
    const response = await call(gateway, SITES_QUERY, token);
    expect(response).toMatchObject({
      status: 401,
      body: {
        errors: [{ message: 'Token has no expiry (exp)', extensions: { code: 'UNAUTHENTICATED' } }],
      },
    });
    expect(await gateway.upstreamCalls()).toEqual([]);
  });
});

describe('GATEWAY_JWT_MAX_AGE_SECONDS', () => {
  const gateway = useGateway({ env: { ...JWT_ENV, GATEWAY_JWT_MAX_AGE_SECONDS: '300' } });

  it('accepts a JWT without exp issued within the maximum age', async () => {
    const token = await signJwt({ wix_accounts: '*', sub: 's' }, (j) => j.setIssuedAt());
    expect((await call(gateway, SITES_QUERY, token)).status).toBe(200);
  });

  it('refuses a JWT older than the maximum age, and one without iat', async () => {
    const old = await signJwt({ wix_accounts: '*', sub: 's' }, (j) =>
      j.setIssuedAt(Math.floor(Date.now() / 1000) - 301).setExpirationTime('1h'),
    );
    const undated = await signJwt({ wix_accounts: '*', sub: 's' }, (j) =>
      j.setExpirationTime('1h'),
    );
    expect((await call(gateway, SITES_QUERY, old)).status).toBe(401);
    expect((await call(gateway, SITES_QUERY, undated)).status).toBe(401);
    expect(await gateway.upstreamCalls()).toEqual([]);
  });
});

describe('path-significant and oversized strings', () => {
  const gateway = useGateway();

  it.each(['.', '..', 'tab\there', 'nul\u0000'])(
    'refuses externalId %j as BAD_USER_INPUT before any upstream call',
    async (externalId) => {
      const response = await call(gateway, {
        query:
          'mutation($id: ID!, $e: String!) { updatePackageExternalId(id: $id, externalId: $e) { package { id } } }',
        variables: { id: PACKAGES.customerABasic, e: externalId },
      });
      expect(response.body).toMatchObject({
        errors: [
          {
            extensions: {
              code: 'BAD_USER_INPUT',
              fieldViolations: [{ field: 'externalId' }],
            },
          },
        ],
      });
      expect(await gateway.upstreamCalls()).toEqual([]);
    },
  );

  it.each([
    ['filter.name', 'query($s: String) { sites(filter: { name: $s }) { nodes { id } } }'],
    [
      'filter.nameStartsWith',
      'query($s: String) { sites(filter: { nameStartsWith: $s }) { nodes { id } } }',
    ],
    ['filter.search', 'query($s: String) { sites(filter: { search: $s }) { nodes { id } } }'],
    ['after', 'query($s: String) { sites(after: $s) { nodes { id } } }'],
    ['before', 'query($s: String) { packages(last: 1, before: $s) { nodes { id } } }'],
  ])('refuses a 1 MB %s before any upstream call', async (field, query) => {
    const response = await call(gateway, { query, variables: { s: 'x'.repeat(1_000_000) } });
    expect(response.body).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', fieldViolations: [{ field }] } }],
    });
    expect(await gateway.upstreamCalls()).toEqual([]);
  });
});

describe('the rate limit with batching on', () => {
  const gateway = useGateway({ env: { RATE_LIMIT_PER_MINUTE: '5', MAX_BATCH_OPERATIONS: '5' } });

  it('counts every operation of a batch: a second batch of 5 passes a limit of 5 no more', async () => {
    const batch = Array.from({ length: 5 }, () => SITES_QUERY);
    const first = await call(gateway, batch);
    expect(first.status).toBe(200);
    const second = await call(gateway, batch);
    expect(second.status).toBe(429);
    expect(JSON.stringify(second.body)).toContain('RATE_LIMITED');
  });
});

describe('rate-limit buckets', () => {
  const gateway = useGateway({
    env: { GATEWAY_TOKENS, ...JWT_ENV, RATE_LIMIT_PER_MINUTE: '2' },
  });

  it("are keyed by credential: a JWT whose sub is a static token's name cannot exhaust that token's bucket", async () => {
    const impostor = await signJwt(
      { wix_accounts: [ACCOUNTS.customerA], sub: 'agency team' },
      (j) => j.setExpirationTime('5m'),
    );
    const own = {
      query: `{ sites(first: 1, accountId: "${ACCOUNTS.customerA}") { nodes { id } } }`,
    };
    expect((await call(gateway, own, impostor)).status).toBe(200);
    expect((await call(gateway, own, impostor)).status).toBe(200);
    expect((await call(gateway, own, impostor)).status).toBe(429);
    expect((await call(gateway, SITES_QUERY, RESELLER_TOKEN)).status).toBe(200);
  });
});

describe('smaller findings', () => {
  const gateway = useGateway({ env: { GATEWAY_TOKENS, AUTH_FAILURES_PER_MINUTE: '5' } });

  it('normalises GUID case: an upper-case accountId replays the idempotent createPackage instead of provisioning twice', async () => {
    const query =
      'mutation($a: ID, $i: CreatePackageInput!) { createPackage(accountId: $a, input: $i) { package { id accountId } } }';
    const input = {
      idempotencyKey: 'case-test-1',
      products: [
        {
          catalogProductId: PRODUCTS.businessBasic,
          countryCode: 'US',
          billingInfo: { type: 'RECURRING', cycleDuration: { unit: 'MONTH' } },
        },
      ],
    };
    const lower = await call(
      gateway,
      { query, variables: { a: ACCOUNTS.customerA, i: input } },
      RESELLER_TOKEN,
    );
    const upper = await call(
      gateway,
      { query, variables: { a: ACCOUNTS.customerA.toUpperCase(), i: input } },
      RESELLER_TOKEN,
    );
    expect(upper.body).toEqual(lower.body);
    expect(
      (lower.body as { data: { createPackage: { package: { accountId: string } } } }).data
        .createPackage.package.accountId,
    ).toBe(ACCOUNTS.customerA);
    expect(
      summarize(await gateway.upstreamCalls()).filter((c) =>
        c.startsWith('POST /resellers/v2/packages'),
      ),
    ).toHaveLength(1);
  });

  it('answers FORBIDDEN without naming the default account or the token', async () => {
    const response = await call(gateway, SITES_QUERY, CUSTOMERS_A_C_TOKEN);
    expect(response.body).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    const text = JSON.stringify(response.body);
    expect(text).not.toContain(ACCOUNTS.reseller);
    expect(text).not.toContain('customers A and C');
  });

  it('answers an APQ request of an unknown version with a coded 400, not INTERNAL_SERVER_ERROR', async () => {
    const response = await call(
      gateway,
      { extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } } },
      RESELLER_TOKEN,
    );
    expect(response).toMatchObject({
      status: 400,
      body: { errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] },
    });
  });

  it('answers an APQ hash it has not cached with 400 PERSISTED_QUERY_NOT_FOUND, as documented', async () => {
    const response = await call(
      gateway,
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } },
      RESELLER_TOKEN,
    );
    expect(response).toMatchObject({
      status: 400,
      body: {
        errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'PERSISTED_QUERY_NOT_FOUND' } }],
      },
    });
  });

  it('limits failed authentications per client address, also for a later valid token', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await call(gateway, SITES_QUERY, `wrong-token-${i}-0123456789abcdefgh`)).status).toBe(
        401,
      );
    }
    const flooded = await call(gateway, SITES_QUERY);
    expect(flooded).toMatchObject({
      status: 429,
      body: { errors: [{ extensions: { code: 'RATE_LIMITED', reason: 'AUTH_FAILURE_LIMIT' } }] },
    });
    expect((await call(gateway, SITES_QUERY, RESELLER_TOKEN)).status).toBe(429);
  });
});

describe('field suggestions hidden (introspection off)', () => {
  const gateway = useGateway({ env: { INTROSPECTION: 'false' } });

  it('leaves a clean message, with no dangling " ?"', async () => {
    const response = await call(gateway, { query: '{ sitez { id } }' });
    expect(response.body).toMatchObject({
      errors: [{ message: 'Cannot query field "sitez" on type "Query".' }],
    });
  });
});
