import fc from 'fast-check';
import { CUSTOMER_A_TOKEN, GATEWAY_TOKENS, RESELLER_TOKEN } from '../callers.js';
import { ACCOUNTS, PACKAGES, SITES, useGateway } from '../harness.js';
import { HOSTILE_API_KEY, useHostileUpstream } from '../hostileUpstream.js';

const gateway = useGateway();

/** The closed set of `extensions.code` values (README "Error codes"). */
const CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FAILED_PRECONDITION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_TIMEOUT',
  'INTERNAL_SERVER_ERROR',
]);

/** Fixed: a failure replays exactly; bump it deliberately to explore other inputs. */
const SEED = 20240404;
const RUNS = 400;

interface FuzzCase {
  kind: string;
  body: string | Uint8Array;
  contentType?: string;
}

const json = (kind: string, payload: unknown): FuzzCase => ({
  kind,
  body: JSON.stringify(payload),
});

const FIELDS = ['site', 'sites', 'package', 'packages', 'productInstance', 'id', 'nodes', 'edges'];
const DOCS = [
  'query($id: ID!) { site(id: $id) { id name } }',
  'query($id: ID!, $a: ID) { package(id: $id, accountId: $a) { id productInstances { id } } }',
  'query($f: SiteFilter, $n: Int) { sites(filter: $f, first: $n) { nodes { id } } }',
  'query($f: PackageFilter, $n: Int, $after: String) { packages(filter: $f, first: $n, after: $after) { nodes { id } } }',
  'mutation($i: CreatePackageInput!) { createPackage(input: $i) { package { id } } }',
  'mutation($id: ID!, $s: ID!) { reassignInstance(instanceId: $id, toSiteId: $s) { instance { id } } }',
  'mutation($i: TransferSiteInput!) { transferSite(input: $i) { site { id } } }',
];

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    '../../etc/passwd',
    '{"$where":1}',
    "'; DROP TABLE x;--",
    '\u0000',
    '%00',
    '${jndi:x}',
  ),
  fc.integer({ min: 1_000, max: 300_000 }).map((n) => 'x'.repeat(n)),
  fc.uuid().map((u) => u.toUpperCase() + 'z'),
);

const base64url = (text: string) => Buffer.from(text).toString('base64url');

/**
 * Cursors the gateway never signed: made up, in the unsigned format of old, or
 * signed-looking. (An empty `after` is no cursor: the first page.)
 */
const forgedCursor = fc
  .oneof(
    fc
      .tuple(fc.oneof(fc.string(), fc.constant(null)), fc.integer())
      .map((position) => base64url(JSON.stringify(position))),
    fc
      .tuple(fc.jsonValue(), fc.uint8Array({ minLength: 32, maxLength: 32 }))
      .map(
        ([payload, mac]) =>
          `${base64url(JSON.stringify(payload))}.${Buffer.from(mac).toString('base64url')}`,
      ),
    fc.tuple(fc.string(), fc.string()).map(([payload, mac]) => `${payload}.${mac}`),
    hostileString,
  )
  .filter((cursor) => cursor !== '');

const cases: fc.Arbitrary<FuzzCase> = fc.oneof(
  // Malformed documents: random text, truncated or mangled valid documents.
  fc.string({ maxLength: 200 }).map((q) => json('random document', { query: q })),
  fc
    .tuple(fc.constantFrom(...DOCS), fc.nat(), fc.string({ maxLength: 5 }))
    .map(([d, cut, junk]) =>
      json('mangled document', { query: d.slice(0, cut % d.length) + junk }),
    ),
  // Wrong variable types, invalid GUIDs, huge strings and lists.
  fc
    .tuple(
      fc.constantFrom(...DOCS),
      fc.dictionary(
        fc.constantFrom('id', 'a', 'f', 'n', 'after', 'i', 's'),
        fc.oneof(fc.jsonValue(), hostileString),
        { maxKeys: 4 },
      ),
    )
    .map(([query, variables]) => json('wrong variables', { query, variables })),
  fc
    .tuple(hostileString, fc.constantFrom(...FIELDS))
    .map(([id, field]) =>
      json('hostile argument', { query: `{ ${field}(id: ${JSON.stringify(id)}) { id } }` }),
    ),
  fc.integer({ min: 1_000, max: 50_000 }).map((n) =>
    json('huge list', {
      query: 'query($f: PackageFilter) { packages(filter: $f) { nodes { id } } }',
      variables: { f: { ids: Array(n).fill(SITES.customerAShop) } },
    }),
  ),
  fc.tuple(fc.constantFrom('sites', 'packages'), forgedCursor).map(([field, after]) =>
    json('forged cursor', {
      query: `query($after: String) { ${field}(first: 2, after: $after) { nodes { id } pageInfo { endCursor } } }`,
      variables: { after },
    }),
  ),
  // Deep nesting, of selections and of braces.
  fc.integer({ min: 11, max: 400 }).map((depth) =>
    json('deep selection', {
      query: `{ packages { nodes { ${'productInstances { package { '.repeat(depth)}id${' } }'.repeat(depth)} } } }`,
    }),
  ),
  fc
    .integer({ min: 10, max: 5_000 })
    .map((n) => json('deep braces', { query: '{'.repeat(n) + '}'.repeat(n) })),
  fc.integer({ min: 10, max: 5_000 }).map((n) => ({
    kind: 'deep JSON',
    // Built as text: JSON.stringify itself would overflow on it.
    body: `{"query":"{ __typename }","variables":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`,
  })),
  // Unknown fields, operations and arguments.
  fc
    .tuple(
      fc.stringMatching(/^[_A-Za-z][_0-9A-Za-z]{0,20}$/),
      fc.constantFrom('query', 'mutation', 'subscription'),
    )
    .map(([name, op]) => json('unknown field', { query: `${op} { ${name} { id } }` })),
  fc
    .constantFrom('{ __typename }', 'query A { __typename } query B { __typename }')
    .map((q) => json('unknown operation name', { query: q, operationName: 'Nope' })),
  // Bodies that are not a GraphQL request at all.
  fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ kind: 'random bytes', body: bytes })),
  fc.jsonValue().map((value) => json('random JSON', value)),
  fc.string({ maxLength: 100 }).map((text) => ({
    kind: 'wrong content type',
    body: text,
    contentType: fc.sample(
      fc.constantFrom(
        'text/plain',
        'application/xml',
        'multipart/form-data',
        'application/x-www-form-urlencoded',
      ),
      1,
    )[0],
  })),
);

const LEAKS = [/node_modules/, /stack/i, /\bat [^ ]+ \(/, /file:\/\//, /\/work\//, /\.ts:\d+/];

describe('fuzzing the GraphQL endpoint', () => {
  it(`answers ${RUNS} hostile or broken requests (seed ${SEED}) with coded errors, no leaks and no crash`, async () => {
    const emulatorHost = new URL(gateway.emulatorUrl).host;
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(cases, async (fuzz) => {
        const response = await fetch(gateway.gatewayUrl, {
          method: 'POST',
          headers: {
            'content-type': fuzz.contentType ?? 'application/json',
            'apollo-require-preflight': 'true',
          },
          body: fuzz.body,
        });
        const text = await response.text();
        expect(response.status).toBeLessThan(500);
        for (const leak of [...LEAKS, emulatorHost, gateway.apiKey]) {
          if (typeof leak === 'string') expect(text).not.toContain(leak);
          else expect(text).not.toMatch(leak);
        }
        const body = JSON.parse(text) as {
          data?: unknown;
          errors?: { extensions?: { code?: string } }[];
        };
        if (fuzz.kind === 'forged cursor') {
          // Refused before any upstream call, whatever it holds.
          expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        }
        if (body.errors === undefined) {
          // A random case can be a valid request; then it must be answered with data.
          expect(response.status).toBe(200);
          expect(body.data).toBeDefined();
        } else {
          expect(body.errors.length).toBeGreaterThan(0);
          for (const error of body.errors) {
            expect(CODES.has(error.extensions?.code ?? '')).toBe(true);
            expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
          }
        }
        const key = `${fuzz.kind}: ${response.status} ${body.errors?.[0]?.extensions?.code ?? 'data'}`;
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    const total = [...outcomes.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(RUNS);
    if (process.env.FUZZ_REPORT) console.log([...outcomes].sort().join('\n'));
    // The process is still up and still answers real queries.
    const health = await fetch(gateway.gatewayUrl.replace('/graphql', '/healthz'));
    expect(health.status).toBe(200);
    const after = await gateway.post(
      JSON.stringify({
        query: `{ site(id: "${SITES.customerAShop}", accountId: "${ACCOUNTS.customerA}") { id } }`,
      }),
    );
    expect(after).toEqual({ status: 200, body: { data: { site: { id: SITES.customerAShop } } } });
  }, 120_000);
});

/** Checks an answer for what no client may see, and for codes outside the closed set. */
function expectSafe(status: number, text: string, secrets: readonly (string | RegExp)[]) {
  expect(status).toBeLessThan(500);
  for (const leak of [...LEAKS, ...secrets]) {
    if (typeof leak === 'string') expect(text).not.toContain(leak);
    else expect(text).not.toMatch(leak);
  }
  const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
  for (const error of body.errors ?? []) expect(CODES.has(error.extensions?.code ?? '')).toBe(true);
  return body;
}

describe('fuzzing connection cursors the gateway did issue', () => {
  const cursors = useGateway({ env: { GATEWAY_TOKENS } });

  const PAGE = (field: string) =>
    `query($after: String, $f: ${field === 'sites' ? 'SiteFilter' : 'PackageFilter'}, $a: ID) { ${field}(first: 1, after: $after, filter: $f, accountId: $a) { pageInfo { endCursor } } }`;
  const FILTERS = {
    sites: [undefined, { published: true }, { nameStartsWith: 'c' }],
    packages: [undefined, { statuses: ['ENABLED'] }, { accountIds: [ACCOUNTS.customerA] }],
  };
  const CALLERS = { reseller: RESELLER_TOKEN, customerA: CUSTOMER_A_TOKEN };

  async function page(
    field: 'sites' | 'packages',
    filter: number,
    caller: keyof typeof CALLERS,
    after?: string,
  ) {
    const response = await cursors.post(
      JSON.stringify({
        query: PAGE(field),
        variables: { after, f: FILTERS[field][filter], a: ACCOUNTS.customerA },
      }),
      { 'content-type': 'application/json', authorization: `Bearer ${CALLERS[caller]}` },
    );
    return response as {
      status: number;
      body: {
        data?: Record<string, { pageInfo: { endCursor: string | null } }> | null;
        errors?: { extensions: { code: string; reason?: string } }[];
      };
    };
  }

  it('refuses every tampered cursor, and every real one under another caller, connection or filter, before any upstream call', async () => {
    // A real first-page cursor for each connection, filter and caller.
    const issued = new Map<string, string>();
    for (const field of ['sites', 'packages'] as const) {
      for (const filter of [0, 1, 2]) {
        for (const caller of ['reseller', 'customerA'] as const) {
          const cursor = (await page(field, filter, caller)).body.data?.[field].pageInfo.endCursor;
          if (cursor) issued.set(`${field}|${filter}|${caller}`, cursor);
        }
      }
    }
    expect(issued.size).toBeGreaterThanOrEqual(6);
    const origins = [...issued.keys()];
    const edit = fc.oneof(
      fc.constant({ kind: 'none' as const }),
      fc.record({
        kind: fc.constant('replace' as const),
        at: fc.nat(),
        char: fc.string({ minLength: 1, maxLength: 1 }),
      }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        char: fc.string({ minLength: 1, maxLength: 1 }),
      }),
      fc.record({ kind: fc.constant('graft' as const), from: fc.constantFrom(...origins) }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...origins),
        edit,
        fc.constantFrom('sites' as const, 'packages' as const),
        fc.constantFrom(0, 1, 2),
        fc.constantFrom('reseller' as const, 'customerA' as const),
        async (origin, change, field, filter, caller) => {
          const cursor = issued.get(origin)!;
          const after = applyEdit(cursor, change, issued);
          await cursors.clearUpstreamCalls();
          const response = await page(field, filter, caller, after);
          const valid = after === cursor && origin === `${field}|${filter}|${caller}`;
          if (valid) {
            expect(response.body.errors).toBeUndefined();
            return;
          }
          expect(response.body.errors?.[0]?.extensions).toMatchObject({
            code: 'BAD_USER_INPUT',
          });
          expect(await cursors.upstreamCalls()).toEqual([]);
        },
      ),
      { seed: SEED, numRuns: 150, endOnFailure: true },
    );
  }, 120_000);
});

type CursorEdit =
  | { kind: 'none' }
  | { kind: 'replace'; at: number; char: string }
  | { kind: 'cut'; at: number }
  | { kind: 'insert'; at: number; char: string }
  | { kind: 'graft'; from: string };

/** A change to a cursor's text: a character replaced, inserted or cut, or the MAC of another cursor. */
function applyEdit(cursor: string, edit: CursorEdit, issued: Map<string, string>): string {
  switch (edit.kind) {
    case 'none':
      return cursor;
    case 'replace': {
      const at = edit.at % cursor.length;
      return cursor.slice(0, at) + edit.char + cursor.slice(at + 1);
    }
    case 'cut':
      return cursor.slice(0, edit.at % cursor.length) || cursor.slice(1);
    case 'insert': {
      const at = edit.at % (cursor.length + 1);
      return cursor.slice(0, at) + edit.char + cursor.slice(at);
    }
    case 'graft': {
      const donor = issued.get(edit.from)!;
      return `${cursor.split('.')[0]}.${donor.split('.')[1]}`;
    }
  }
}

describe('fuzzing path-significant IDs', () => {
  const paths = useGateway();

  const PATHY = [
    '.',
    '..',
    '%2e',
    '%2e%2e',
    '.%2e',
    '/',
    '//',
    '../',
    '%2f',
    '..%2f..',
    '\\..',
    `${PACKAGES.customerABasic}/..`,
    `${PACKAGES.customerABasic}/../${PACKAGES.outsiderVip}`,
    `../${PACKAGES.outsiderVip}`,
  ];
  const GUID_ARGUMENTS = [
    (v: string) => ({ query: 'query($v: ID!) { package(id: $v) { id } }', variables: { v } }),
    (v: string) => ({ query: 'query($v: ID!) { site(id: $v) { id } }', variables: { v } }),
    (v: string) => ({
      query: 'query($v: ID!) { productInstance(id: $v) { id } }',
      variables: { v },
    }),
    (v: string) => ({
      query: 'query($v: ID) { sites(accountId: $v) { nodes { id } } }',
      variables: { v },
    }),
    (v: string) => ({
      query: 'mutation($v: ID!) { cancelInstance(instanceId: $v) { instance { id } } }',
      variables: { v },
    }),
    (v: string) => ({
      query: `mutation($v: ID!) { assignInstance(instanceId: "${PACKAGES.customerABasic}", siteId: $v) { instance { id } } }`,
      variables: { v },
    }),
    (v: string) => ({
      query:
        'mutation($v: ID!) { updatePackageExternalId(id: $v, externalId: "x") { package { id } } }',
      variables: { v },
    }),
  ];

  it('refuses them in every GUID argument, and sends an externalId as one encoded path segment or not at all', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PATHY),
        fc.nat({ max: GUID_ARGUMENTS.length }),
        async (value, which) => {
          await paths.clearUpstreamCalls();
          const request =
            which < GUID_ARGUMENTS.length
              ? GUID_ARGUMENTS[which](value)
              : {
                  query: `mutation($v: String!) { updatePackageExternalId(id: "${PACKAGES.customerABasic}", externalId: $v, accountId: "${ACCOUNTS.customerA}") { package { externalId } } }`,
                  variables: { v: value },
                };
          const response = await paths.post(JSON.stringify(request));
          const body = expectSafe(response.status, JSON.stringify(response.body), [
            paths.apiKey,
          ]) as { data?: unknown; errors?: { extensions: { code: string } }[] };
          const calls = await paths.upstreamCalls();
          if (which < GUID_ARGUMENTS.length || value === '.' || value === '..') {
            expect(body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
            expect(calls).toEqual([]);
            return;
          }
          // One call to the update route of this very package, the value one segment.
          expect(calls.map((c) => c.path)).toEqual([
            `/resellers/v1/packages/update/${PACKAGES.customerABasic}/${encodeURIComponent(value)}`,
          ]);
          expect(body).toEqual({
            data: { updatePackageExternalId: { package: { externalId: value } } },
          });
        },
      ),
      { seed: SEED, numRuns: 120, endOnFailure: true },
    );
  }, 60_000);
});

describe('fuzzing hostile upstream bodies', () => {
  const upstream = useHostileUpstream();
  const MARKER = 'UPSTREAM-SECRET-MARKER';

  const hostileBody = fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 200 }),
    fc.constantFrom(
      '',
      'null',
      '[]',
      '{"sites":null}',
      '{"sites":[{"id":null}]}',
      '{"packages":"x"}',
      '{"package":{"productInstances":7}}',
      '{"__proto__":{"polluted":true},"sites":[]}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      '<html><body>502 Bad Gateway</body></html>',
      '{"message":"' + MARKER + '","details":{"applicationError":{"code":"' + MARKER + '"}}}',
      '{"sites":[' + '{"id":"a"},'.repeat(2_000) + '{"id":"b"}]}',
      '{"a":' + '['.repeat(5_000) + ']'.repeat(5_000) + '}',
      '{"sites": [',
    ),
    fc
      .string({ maxLength: 30 })
      .map((text) => JSON.stringify({ message: `${MARKER} ${text}`, sites: [], packages: [] })),
  );
  const READS = [
    `{ sites(first: 2) { nodes { id name productInstances { id } } } }`,
    `{ packages(first: 2) { nodes { id productInstances { id site { id } } } } }`,
    `{ package(id: "${PACKAGES.customerABasic}") { id } }`,
    `{ site(id: "${SITES.customerAShop}") { id transferable } }`,
    `mutation { cancelInstance(instanceId: "${PACKAGES.customerABasic}") { instance { id } } }`,
  ];

  it('answers with coded errors or data, never a crash, a stack or the upstream text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 409, 429, 500, 502, 503),
        hostileBody,
        fc.constantFrom(...READS),
        fc.constantFrom('application/json', 'text/html', 'application/octet-stream'),
        async (status, body, query, contentType) => {
          upstream.answer(() => ({ status, body, headers: { 'content-type': contentType } }));
          const response = await upstream.post({ query });
          expectSafe(response.status, response.text, [MARKER, HOSTILE_API_KEY]);
        },
      ),
      { seed: SEED, numRuns: 200, endOnFailure: true },
    );
    // Still up, still answering.
    upstream.answer(() => ({ status: 200, body: '{"sites":[],"metadata":{}}' }));
    const after = await upstream.post({ query: '{ viewer { name } }' });
    expect(after.status).toBe(200);
  }, 120_000);
});
