import { UNKNOWN_ID, useGateway, type Harness } from '../harness.js';

const JSON_HEADERS = { 'content-type': 'application/json' };

/** Posts a raw document (many of these are invalid on purpose, so no typed documents). */
function query(harness: Harness, text: string, variables?: Record<string, unknown>) {
  return harness.post(JSON.stringify({ query: text, variables }), JSON_HEADERS);
}

/** `{ a0: site(id: …) { id } a1: … }`: `count` aliased root fields. */
function aliases(count: number): string {
  const field = `site(id: "${UNKNOWN_ID}") { id }`;
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}

describe('query limits (defaults)', () => {
  const gateway = useGateway();

  afterEach(async () => {
    // Every refused request is refused before any resolver runs.
    expect(await gateway.upstreamCalls()).toEqual([]);
  });

  it('refuses a query nested deeper than 10 levels with QUERY_TOO_DEEP', async () => {
    const deep = `{ packages { nodes { productInstances { package { productInstances { package { productInstances { package { productInstances { package { id } } } } } } } } } } }`;
    const response = await query(gateway, deep);
    expect(response).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'Query depth limit of 10 exceeded, found 11.',
            extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' },
          },
        ],
      },
    });
  });

  it('counts depth through fragments, which add no level of their own', async () => {
    const response = await query(
      gateway,
      `query { packages { nodes { ...P } } }
       fragment P on Package { productInstances { package { productInstances { package { productInstances { package { productInstances { package { id } } } } } } } } }`,
    );
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' } }],
    });
  });

  it('refuses more than 15 aliases with TOO_MANY_ALIASES', async () => {
    expect((await query(gateway, aliases(15))).status).toBe(200);
    await gateway.clearUpstreamCalls();
    const response = await query(gateway, aliases(16));
    expect(response).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'Aliases limit of 15 exceeded, found 16.',
            extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ALIASES' },
          },
        ],
      },
    });
  });

  it('refuses more than 10 directives with TOO_MANY_DIRECTIVES', async () => {
    // Aliases of __typename are free (GraphQL Armor's allow-list); directives are not.
    const fields = Array.from({ length: 11 }, (_, i) => `t${i}: __typename @include(if: true)`);
    const response = await query(gateway, `{ ${fields.join(' ')} }`);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      errors: [
        {
          message: 'Directives limit of 10 exceeded, found 11.',
          extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_DIRECTIVES' },
        },
      ],
    });
  });

  it('stops parsing a document of more than 3000 tokens with QUERY_TOO_LARGE', async () => {
    const huge = `{ ${Array.from({ length: 3000 }, () => '__typename').join(' ')} }`;
    const response = await query(gateway, huge);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      errors: [
        {
          message: 'Syntax Error: Document contains more that 3000 tokens. Parsing aborted.',
          extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_LARGE' },
        },
      ],
    });
  });

  it('refuses an operation estimated above 10 upstream calls with QUERY_TOO_COMPLEX, naming the limit and the excess', async () => {
    // 11 pages of sites, each its own Query Sites.
    const pages = Array.from({ length: 11 }, (_, i) => `p${i}: sites(first: 1) { nodes { id } }`);
    const response = await query(gateway, `{ ${pages.join(' ')} }`);
    expect(response).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message:
              'This operation would make an estimated 11 upstream calls, 1 over MAX_UPSTREAM_CALLS (10): ask for fewer aliases, smaller pages or fewer nested lists',
            extensions: {
              code: 'BAD_USER_INPUT',
              reason: 'QUERY_TOO_COMPLEX',
              limit: 'MAX_UPSTREAM_CALLS',
              estimated: 11,
              maximum: 10,
            },
          },
        ],
      },
    });
  });

  it('prices a backward page by last as it prices first', async () => {
    // last: 100 before a cursor: 2 pages, 200 sites (2 Query Sites), their packages (2), and the
    // 800 sites of those packages' instances (8): 14 calls. last: 10 costs 5 and runs (to the cursor check).
    const deep = `query Q($n: Int) { packages(last: $n, before: "c") { nodes { productInstances { site { productInstances { package { productInstances { site { id } } } } } } } } }`;
    const refused = await query(gateway, deep, { n: 100 });
    expect(refused.body).toMatchObject({
      errors: [
        {
          extensions: {
            reason: 'QUERY_TOO_COMPLEX',
            limit: 'MAX_UPSTREAM_CALLS',
            estimated: 14,
          },
        },
      ],
    });
    const small = await query(gateway, deep, { n: 10 });
    expect(small.body).toMatchObject({ errors: [{ extensions: { reason: 'INVALID_CURSOR' } }] });
  });

  it('prices nested lists by the calls they make, not their size: 100 sites with their instances and packages pass', async () => {
    const response = await query(
      gateway,
      `query Q($n: Int) { sites(first: $n) { nodes { productInstances { package { productInstances { id } } } } } }`,
      { n: 100 },
    );
    expect(response.status).toBe(200);
    expect(response.body).not.toHaveProperty('errors');
    await gateway.clearUpstreamCalls();
  });

  it('refuses first above MAX_PAGE_SIZE with BAD_USER_INPUT naming the field', async () => {
    const response = await query(gateway, `{ sites(first: 101) { nodes { id } } }`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      data: null,
      errors: [
        {
          message: 'first must be from 1 to 100, got 101',
          extensions: {
            code: 'BAD_USER_INPUT',
            fieldViolations: [
              { field: 'first', reason: 'MAX', description: 'must be from 1 to 100' },
            ],
          },
        },
      ],
    });
  });

  it('refuses a body over 1 MiB with 413 and BODY_TOO_LARGE', async () => {
    const body = JSON.stringify({
      query: '{ __typename }',
      variables: { x: 'x'.repeat(1_100_000) },
    });
    const response = await gateway.post(body);
    expect(response.status).toBe(413);
    expect(response.body).toEqual({
      errors: [
        {
          message: 'Request body is too large',
          extensions: { code: 'BAD_USER_INPUT', reason: 'BODY_TOO_LARGE' },
        },
      ],
    });
  });

  it('refuses batched operations (a JSON array) unless configured', async () => {
    const response = await gateway.post(
      JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    );
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [
        {
          message: 'Operation batching disabled.',
          extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST' },
        },
      ],
    });
  });

  it('refuses a cross-site simple GET request (CSRF prevention)', async () => {
    const url = `${gateway.gatewayUrl}?query=${encodeURIComponent('{ sites { nodes { id } } }')}`;
    const response = await fetch(url);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST' } }],
    });
  });

  it('refuses a cross-site simple POST (text/plain, no preflight header)', async () => {
    const response = await gateway.post(JSON.stringify({ query: '{ sites { nodes { id } } }' }), {
      'content-type': 'text/plain',
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });

  it('answers a GET query that carries the preflight header', async () => {
    const url = `${gateway.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`;
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('allows introspection in development', async () => {
    const response = await query(gateway, '{ __schema { queryType { name } } }');
    expect(response.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});

describe('query limits (configured)', () => {
  const gateway = useGateway({
    env: {
      MAX_QUERY_DEPTH: '3',
      MAX_ALIASES: '1',
      MAX_RESPONSE_OBJECTS: '30',
      MAX_BODY_BYTES: '2048',
      MAX_BATCH_OPERATIONS: '2',
      INTROSPECTION: 'false',
      SANDBOX: 'false',
    },
  });

  it('applies MAX_QUERY_DEPTH', async () => {
    const response = await query(gateway, '{ sites { nodes { productInstances { id } } } }');
    expect(response.body).toMatchObject({
      errors: [
        {
          message: 'Query depth limit of 3 exceeded, found 4.',
          extensions: { reason: 'QUERY_TOO_DEEP' },
        },
      ],
    });
  });

  it('applies MAX_RESPONSE_OBJECTS with the default page size for an omitted first', async () => {
    // The connection and 20 edges: 21 objects, under 30; first: 30 makes 31: over.
    expect((await query(gateway, '{ sites { edges { cursor } } }')).status).toBe(200);
    const response = await query(gateway, '{ sites(first: 30) { edges { cursor } } }');
    expect(response.body).toMatchObject({
      errors: [
        {
          message:
            'This operation would answer an estimated 31 objects, 1 over MAX_RESPONSE_OBJECTS (30): ask for fewer aliases, smaller pages or fewer nested lists',
          extensions: {
            reason: 'QUERY_TOO_COMPLEX',
            limit: 'MAX_RESPONSE_OBJECTS',
            estimated: 31,
            maximum: 30,
          },
        },
      ],
    });
  });

  it('applies MAX_BODY_BYTES', async () => {
    const response = await query(gateway, '{ __typename }', { pad: 'x'.repeat(3000) });
    expect(response.status).toBe(413);
  });

  it('runs a batch of up to MAX_BATCH_OPERATIONS operations and refuses a larger one', async () => {
    const ok = await gateway.post(
      JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    );
    expect(ok).toEqual({
      status: 200,
      body: [{ data: { __typename: 'Query' } }, { data: { __typename: 'Query' } }],
    });
    const tooMany = await gateway.post(JSON.stringify(Array(3).fill({ query: '{ __typename }' })));
    expect(tooMany).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'A batch may hold at most 2 operations, got 3',
            extensions: { code: 'BAD_USER_INPUT', reason: 'BATCH_TOO_LARGE' },
          },
        ],
      },
    });
  });

  it('refuses introspection when INTROSPECTION=false, and hides field suggestions', async () => {
    const response = await query(gateway, '{ __schema { queryType { name } } }');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' } }],
    });
    const typo = await query(gateway, '{ site }');
    expect(JSON.stringify(typo.body)).not.toMatch(/did you mean/i);
  });

  it('serves no Sandbox page when SANDBOX=false', async () => {
    const response = await fetch(gateway.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toContain('sandbox');
  });
});
