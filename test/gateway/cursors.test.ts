/**
 * Connection cursors are signed by the gateway and bound to the caller, the
 * account, the connection and its filter and sort: a cursor a client built,
 * or took from another query or caller, never reaches Wix.
 */
import { CUSTOMER_A_TOKEN, GATEWAY_TOKENS, RESELLER_TOKEN } from '../callers.js';
import { readableCursor } from '../cursorText.js';
import { ACCOUNTS, PACKAGES, useGateway, type Harness } from '../harness.js';

const PACKAGES_PAGE = `query($first: Int, $after: String, $accountId: ID, $filter: PackageFilter) {
  packages(first: $first, after: $after, accountId: $accountId, filter: $filter) {
    edges { cursor node { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const SITES_PAGE = `query($after: String, $accountId: ID) {
  sites(first: 1, after: $after, accountId: $accountId) { pageInfo { endCursor } }
}`;

interface Page {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

function call(gateway: Harness, query: string, variables: Record<string, unknown>, token: string) {
  return gateway.post(JSON.stringify({ query, variables }), {
    'content-type': 'application/json',
    authorization: `Bearer ${token}`,
  }) as Promise<{
    status: number;
    body: { data?: { packages?: Page; sites?: Page } | null; errors?: unknown[] };
  }>;
}

const INVALID = {
  message:
    'after is not a cursor this API returned for this query: pass an endCursor or edge cursor of an earlier page, with the same accountId, filter and sort',
  extensions: {
    code: 'BAD_USER_INPUT',
    reason: 'INVALID_CURSOR',
    fieldViolations: [
      {
        field: 'after',
        reason: 'INVALID_CURSOR',
        description: 'not a valid cursor for this query',
      },
    ],
  },
};

const FOREIGN_PACKAGES = Object.entries(PACKAGES)
  .filter(([name]) => !name.startsWith('customerA'))
  .map(([, id]) => id);

describe('connection cursors', () => {
  const gateway = useGateway({ env: { GATEWAY_TOKENS } });

  it("refuses a cursor a customer built around an unfiltered Wix cursor, which used to list other customers' package IDs", async () => {
    // A Wix cursor for Query Packages with no filter: it walks the whole account family.
    const wix = (await gateway.upstream(
      'POST',
      '/resellers/v1/packages/query',
      ACCOUNTS.customerA,
      {
        query: { cursorPaging: { limit: 1 } },
      },
    )) as { metadata: { cursors: { next: string } } };
    const forged = Buffer.from(JSON.stringify([wix.metadata.cursors.next, 0])).toString(
      'base64url',
    );
    await gateway.clearUpstreamCalls();

    const response = await call(
      gateway,
      PACKAGES_PAGE,
      { first: 1, after: forged, accountId: ACCOUNTS.customerA },
      CUSTOMER_A_TOKEN,
    );

    expect(response).toEqual({
      status: 200,
      body: { data: null, errors: [expect.objectContaining(INVALID)] },
    });
    expect(await gateway.upstreamCalls()).toEqual([]);
  });

  it("walks a scoped caller's packages page by page with cursors that hold no other account's ID", async () => {
    const seen: string[] = [];
    const cursors: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const response = await call(
        gateway,
        PACKAGES_PAGE,
        { first: 1, after, accountId: ACCOUNTS.customerA },
        CUSTOMER_A_TOKEN,
      );
      const connection = response.body.data!.packages!;
      seen.push(...connection.edges.map((e) => e.node.id));
      cursors.push(...connection.edges.map((e) => e.cursor));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual([PACKAGES.customerABasic, PACKAGES.customerADomainAwaiting].sort());
    for (const cursor of cursors) {
      for (const id of FOREIGN_PACKAGES) expect(readableCursor(cursor)).not.toContain(id);
    }
  });

  async function firstPackagesCursor(token: string, variables: Record<string, unknown> = {}) {
    const response = await call(gateway, PACKAGES_PAGE, { first: 1, ...variables }, token);
    return response.body.data!.packages!.pageInfo.endCursor!;
  }

  it.each([
    ['another caller', { token: RESELLER_TOKEN, variables: { accountId: ACCOUNTS.customerA } }],
    ['another account', { token: RESELLER_TOKEN, variables: { accountId: ACCOUNTS.customerB } }],
    [
      'another filter',
      {
        token: CUSTOMER_A_TOKEN,
        variables: { accountId: ACCOUNTS.customerA, filter: { statuses: ['ENABLED'] } },
      },
    ],
  ])('refuses a cursor replayed by %s before any upstream call', async (_case, replay) => {
    const cursor = await firstPackagesCursor(CUSTOMER_A_TOKEN, { accountId: ACCOUNTS.customerA });
    await gateway.clearUpstreamCalls();
    const response = await call(
      gateway,
      PACKAGES_PAGE,
      { first: 1, after: cursor, ...replay.variables },
      replay.token,
    );
    expect(response.body.errors).toEqual([expect.objectContaining(INVALID)]);
    expect(await gateway.upstreamCalls()).toEqual([]);
  });

  it('refuses a packages cursor on sites, and a tampered one', async () => {
    const cursor = await firstPackagesCursor(RESELLER_TOKEN);
    const [payload, mac] = cursor.split('.');
    const position = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown[];
    position[1] = (position[1] as number) + 1;
    const tampered = `${Buffer.from(JSON.stringify(position)).toString('base64url')}.${mac}`;
    await gateway.clearUpstreamCalls();
    const onSites = await call(gateway, SITES_PAGE, { after: cursor }, RESELLER_TOKEN);
    const edited = await call(gateway, PACKAGES_PAGE, { after: tampered }, RESELLER_TOKEN);
    expect(onSites.body.errors).toEqual([expect.objectContaining(INVALID)]);
    expect(edited.body.errors).toEqual([expect.objectContaining(INVALID)]);
    expect(await gateway.upstreamCalls()).toEqual([]);
  });

  it('refuses a before cursor of another caller, or tampered with, naming before, before any upstream call', async () => {
    const page = `query($before: String, $accountId: ID) {
      packages(last: 1, before: $before, accountId: $accountId) { edges { cursor } }
    }`;
    const cursor = await firstPackagesCursor(CUSTOMER_A_TOKEN, { accountId: ACCOUNTS.customerA });
    const [payload, mac] = cursor.split('.');
    const position = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as [
      [string | null, number, number],
      [string | null, number, number],
      number,
    ];
    // Moves the gap before the edge one item later: the edge itself would be read.
    position[1][1] += 1;
    const tampered = `${Buffer.from(JSON.stringify(position)).toString('base64url')}.${mac}`;
    await gateway.clearUpstreamCalls();

    const replayed = await call(
      gateway,
      page,
      { before: cursor, accountId: ACCOUNTS.customerA },
      RESELLER_TOKEN,
    );
    const edited = await call(
      gateway,
      page,
      { before: tampered, accountId: ACCOUNTS.customerA },
      CUSTOMER_A_TOKEN,
    );
    const invalidBefore = expect.objectContaining({
      message:
        'before is not a cursor this API returned for this query: pass a startCursor or edge cursor of an earlier page, with the same accountId, filter and sort',
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_CURSOR',
        fieldViolations: [
          {
            field: 'before',
            reason: 'INVALID_CURSOR',
            description: 'not a valid cursor for this query',
          },
        ],
      },
    });
    expect(replayed.body.errors).toEqual([invalidBefore]);
    expect(edited.body.errors).toEqual([invalidBefore]);
    expect(await gateway.upstreamCalls()).toEqual([]);
  });

  it('refuses a cursor whose MAC is spelled another way, though it decodes to the same bytes', async () => {
    const cursor = await firstPackagesCursor(RESELLER_TOKEN);
    const [payload, mac] = cursor.split('.');
    // base64url decoding skips characters outside its alphabet.
    const respelled = [`${payload}.${mac.slice(0, 10)}!${mac.slice(10)}`, `${payload}.${mac}=`];
    await gateway.clearUpstreamCalls();
    for (const after of respelled) {
      const response = await call(gateway, PACKAGES_PAGE, { first: 1, after }, RESELLER_TOKEN);
      expect(response.body.errors).toEqual([expect.objectContaining(INVALID)]);
    }
    expect(await gateway.upstreamCalls()).toEqual([]);
  });

  it('accepts a cursor replayed by the same caller with the same query', async () => {
    const filter = { statuses: ['ENABLED', 'PENDING'] };
    const cursor = await firstPackagesCursor(RESELLER_TOKEN, { filter });
    const response = await call(
      gateway,
      PACKAGES_PAGE,
      { first: 1, after: cursor, filter },
      RESELLER_TOKEN,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.packages!.edges).toHaveLength(1);
  });
});

describe('connection cursors past CURSOR_TTL_SECONDS', () => {
  const gateway = useGateway({ env: { GATEWAY_TOKENS, CURSOR_TTL_SECONDS: '1' } });

  it('are refused as expired, as after and as before', async () => {
    const first = await call(gateway, SITES_PAGE, {}, RESELLER_TOKEN);
    const cursor = first.body.data!.sites!.pageInfo.endCursor;
    const packagesCursor = await call(gateway, PACKAGES_PAGE, { first: 1 }, RESELLER_TOKEN);
    const before = packagesCursor.body.data!.packages!.edges[0].cursor;
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const response = await call(gateway, SITES_PAGE, { after: cursor }, RESELLER_TOKEN);
    const backward = await call(
      gateway,
      'query($before: String) { packages(last: 1, before: $before) { nodes { id } } }',
      { before },
      RESELLER_TOKEN,
    );
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        message: 'after is an expired cursor: start again from the first page',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' }),
      }),
    ]);
    expect(backward.body.errors).toEqual([
      expect.objectContaining({
        message: 'before is an expired cursor: start again from the first page',
        extensions: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          reason: 'INVALID_CURSOR',
          fieldViolations: [
            {
              field: 'before',
              reason: 'INVALID_CURSOR',
              description: 'not a valid cursor for this query',
            },
          ],
        }),
      }),
    ]);
  });
});
