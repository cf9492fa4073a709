/**
 * `packages` pages both ways: `first` after `after` and `last` before
 * `before`, over Wix's next and prev cursors, and counts its matches with
 * `totalCount`. Walks are compared with what the emulator holds.
 */
import type { Package as WirePackage } from '../../src/wix-api/types.js';
import { CUSTOMER_A_TOKEN, GATEWAY_TOKENS, RESELLER_TOKEN } from '../callers.js';
import { readableCursor } from '../cursorText.js';
import {
  PackagesCountDocument,
  PackagesDocument,
  type PackagesQuery,
  type PackagesQueryVariables,
} from '../generated/graphql.js';
import { ACCOUNTS, PRODUCTS, summarize, useGateway } from '../harness.js';

const gateway = useGateway({ env: { GATEWAY_TOKENS } });

const AS_RESELLER = { headers: { authorization: `Bearer ${RESELLER_TOKEN}` } };
const AS_CUSTOMER_A = { headers: { authorization: `Bearer ${CUSTOMER_A_TOKEN}` } };
type As = typeof AS_RESELLER;
type Edge = PackagesQuery['packages']['edges'][number];
type PageInfo = PackagesQuery['packages']['pageInfo'];

const ids = (edges: Edge[]) => edges.map((e) => e.node.id);

async function upstreamPackages(filter: object = {}): Promise<WirePackage[]> {
  const body = (await gateway.upstream('POST', '/resellers/v1/packages/query', ACCOUNTS.reseller, {
    query: { filter, cursorPaging: { limit: 100 } },
  })) as { packages: WirePackage[] };
  return body.packages;
}

/** Creates a package directly upstream, as another Wix client would. */
async function createUpstreamPackage(account: string): Promise<void> {
  const body = (await gateway.upstream('POST', '/resellers/v2/packages', account, {
    products: [{ catalogProductId: PRODUCTS.logoOneTime, countryCode: 'US' }],
  })) as { package?: unknown };
  if (!body.package) throw new Error(`package not created: ${JSON.stringify(body)}`);
}

async function page(variables: PackagesQueryVariables, as: As = AS_RESELLER) {
  const response = await gateway.execute(PackagesDocument, variables, as);
  expect(response.errors).toBeUndefined();
  return response.data!.packages;
}

/** Every edge of the list, first to last, a `first` page at a time. */
async function walkForward(size: number, variables: PackagesQueryVariables = {}, as?: As) {
  const edges: Edge[] = [];
  const pages: PageInfo[] = [];
  let after: string | null | undefined;
  for (;;) {
    const connection = await page({ ...variables, first: size, after }, as);
    edges.push(...connection.edges);
    pages.push(connection.pageInfo);
    if (!connection.pageInfo.hasNextPage) return { edges, pages };
    after = connection.pageInfo.endCursor;
  }
}

/** Every edge before `before`, first to last, a `last` page at a time. */
async function walkBackward(
  size: number,
  before: string,
  variables: PackagesQueryVariables = {},
  as?: As,
) {
  const edges: Edge[] = [];
  const pages: PageInfo[] = [];
  for (;;) {
    const connection = await page({ ...variables, last: size, before }, as);
    edges.unshift(...connection.edges);
    pages.push(connection.pageInfo);
    if (!connection.pageInfo.hasPreviousPage) return { edges, pages };
    before = connection.pageInfo.startCursor!;
  }
}

describe('packages, paged backward', () => {
  it('walks from the last package back to the first with startCursor, meeting the forward walk package for package', async () => {
    // More packages than a page of either walk, so both cross several upstream pages.
    for (let i = 0; i < 6; i++) await createUpstreamPackage(ACCOUNTS.reseller);
    const all = (await upstreamPackages()).map((p) => p.id);

    const forward = await walkForward(4);
    expect(ids(forward.edges)).toEqual(all);
    expect(forward.pages.map((p) => p.hasPreviousPage)).toEqual(forward.pages.map((_, i) => i > 0));

    await gateway.clearUpstreamCalls();
    const backward = await walkBackward(4, forward.edges.at(-1)!.cursor);
    expect(ids(backward.edges)).toEqual(all.slice(0, -1));
    expect(backward.pages.every((p) => p.hasNextPage)).toBe(true);
    expect(backward.pages.map((p) => p.hasPreviousPage)).toEqual(
      backward.pages.map((_, i) => i < backward.pages.length - 1),
    );
    // Every page but the first starts on a prev cursor Wix issued: one call each.
    const calls = summarize(await gateway.upstreamCalls());
    expect(new Set(calls)).toEqual(
      new Set([`POST /resellers/v1/packages/query ${ACCOUNTS.reseller}`]),
    );
    expect(calls.length).toBeGreaterThanOrEqual(backward.pages.length);
    expect(calls.length).toBeLessThanOrEqual(backward.pages.length + 1);
  });

  it('pages back and forth from any edge, forward or backward, with the same packages either side', async () => {
    for (let i = 0; i < 3; i++) await createUpstreamPackage(ACCOUNTS.reseller);
    const { edges } = await walkForward(3);
    const all = ids(edges);
    const n = all.length;

    for (const k of [1, 4, n - 1]) {
      const back = await page({ last: 3, before: edges[k].cursor });
      expect(ids(back.edges)).toEqual(all.slice(Math.max(0, k - 3), k));
      expect(back.pageInfo).toMatchObject({ hasPreviousPage: k > 3, hasNextPage: true });
      const again = await page({ first: 3, after: back.pageInfo.endCursor });
      expect(ids(again.edges)).toEqual(all.slice(k, k + 3));
    }

    // A page read with a prev cursor: its edges serve as after and before too.
    const lastPageStart = Math.floor((n - 1) / 3) * 3;
    const back = await page({ last: 5, before: edges[lastPageStart].cursor });
    expect(ids(back.edges)).toEqual(all.slice(lastPageStart - 5, lastPageStart));
    const middle = back.edges[2];
    const at = lastPageStart - 3;
    expect(ids((await page({ first: 2, after: middle.cursor })).edges)).toEqual(
      all.slice(at + 1, at + 3),
    );
    expect(ids((await page({ last: 2, before: middle.cursor })).edges)).toEqual(
      all.slice(at - 2, at),
    );
  });

  it('pages both ways through a filter of 100 IDs, which the upstream cursors carry', async () => {
    const family = (await upstreamPackages()).map((p) => p.id);
    const filter = {
      ids: [
        ...family,
        ...Array.from(
          { length: 100 - family.length },
          (_, i) => `deadbeef-0000-4000-8000-${String(i).padStart(12, '0')}`,
        ),
      ],
    };
    const forward = await walkForward(2, { filter });
    const backward = await walkBackward(2, forward.edges.at(-1)!.cursor, { filter });
    expect(ids(forward.edges)).toEqual(family);
    expect(ids(backward.edges)).toEqual(family.slice(0, -1));
    expect(Math.max(...forward.edges.map((e) => e.cursor.length))).toBeGreaterThan(4096);
  });

  it('answers an empty page before the first package', async () => {
    const first = await page({ first: 2 });
    const before = await page({ last: 2, before: first.pageInfo.startCursor });
    expect(before).toEqual({
      edges: [],
      nodes: [],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it("shows a customer-scoped caller only its own packages, backward as forward, with cursors that hold no other account's ID", async () => {
    for (const account of [
      ACCOUNTS.customerA,
      ACCOUNTS.customerB,
      ACCOUNTS.customerA,
      ACCOUNTS.reseller,
      ACCOUNTS.customerA,
    ]) {
      await createUpstreamPackage(account);
    }
    const family = await upstreamPackages();
    const own = family.filter((p) => p.accountId === ACCOUNTS.customerA).map((p) => p.id);
    const foreign = [
      ACCOUNTS.customerB,
      ...family.filter((p) => p.accountId !== ACCOUNTS.customerA).map((p) => p.id),
    ];
    const scope = { accountId: ACCOUNTS.customerA };

    const forward = await walkForward(2, scope, AS_CUSTOMER_A);
    const backward = await walkBackward(2, forward.edges.at(-1)!.cursor, scope, AS_CUSTOMER_A);

    expect(ids(forward.edges)).toEqual(own);
    expect(ids(backward.edges)).toEqual(own.slice(0, -1));
    const cursors = [...forward.edges, ...backward.edges].map((e) => e.cursor);
    for (const cursor of cursors) {
      for (const id of foreign) expect(readableCursor(cursor)).not.toContain(id);
    }
  });
});

describe('PackageConnection.totalCount', () => {
  it('is the number of packages matching the filter, as the emulator holds them, read with one more Query Packages', async () => {
    await createUpstreamPackage(ACCOUNTS.reseller);
    const family = await upstreamPackages();
    const pending = await upstreamPackages({
      'productInstances.status': { $hasSome: ['PENDING'] },
    });
    await gateway.clearUpstreamCalls();

    const all = await gateway.execute(PackagesCountDocument, {}, AS_RESELLER);
    const calls = summarize(await gateway.upstreamCalls());
    const filtered = await gateway.execute(
      PackagesCountDocument,
      { filter: { statuses: ['PENDING'] } },
      AS_RESELLER,
    );

    expect(all.data).toEqual({ packages: { totalCount: family.length } });
    expect(filtered.data).toEqual({ packages: { totalCount: pending.length } });
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.length).toBeLessThan(family.length);
    // The page and the count.
    expect(calls).toEqual(Array(2).fill(`POST /resellers/v1/packages/query ${ACCOUNTS.reseller}`));
  });

  it("counts only a customer-scoped caller's own packages", async () => {
    const own = await upstreamPackages({ accountId: ACCOUNTS.customerA });
    const response = await gateway.execute(
      PackagesCountDocument,
      { accountId: ACCOUNTS.customerA },
      AS_CUSTOMER_A,
    );
    expect(response.data).toEqual({ packages: { totalCount: own.length } });
    expect(own.length).toBeLessThan((await upstreamPackages()).length);
  });
});

describe('packages paging arguments', () => {
  it.each([
    ['first and last together', { first: 2, last: 2 }, 'last', 'pass first or last, not both'],
    [
      'last without before',
      { last: 2 },
      'last',
      'last needs before: Wix lists can only be entered from their start; to read from the end, reverse the sort and pass first',
    ],
    [
      'last with after',
      { last: 2, after: 'x.y' },
      'after',
      'last pages backward: pass before with it, not after',
    ],
    [
      'first with before',
      { first: 2, before: 'x.y' },
      'first',
      'before pages backward: pass last with it, not first',
    ],
    [
      'after and before together',
      { after: 'x.y', before: 'x.y' },
      'before',
      'pass after or before, not both',
    ],
    [
      'a last over the maximum',
      { last: 101, before: 'x.y' },
      'last',
      'last must be from 1 to 100, got 101',
    ],
  ])(
    'refuses %s before any upstream call, naming the argument',
    async (_case, variables, field, message) => {
      const response = await gateway.execute(PackagesDocument, variables, AS_RESELLER);
      expect(response.errors).toEqual([
        expect.objectContaining({
          message,
          path: ['packages'],
          extensions: expect.objectContaining({
            code: 'BAD_USER_INPUT',
            fieldViolations: [expect.objectContaining({ field })],
          }),
        }),
      ]);
      expect(await gateway.upstreamCalls()).toEqual([]);
    },
  );
});
