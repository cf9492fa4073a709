import { decodeCursor, encodeCursor } from '../../../src/emulator/query/paging/cursor.js';
import { runQuery, type QuerySpec } from '../../../src/emulator/query/runQuery.js';
import { WixError } from '../../../src/emulator/errors.js';

describe('cursor encoding', () => {
  const position = {
    endpoint: 'querySites',
    accountId: 'acc',
    filter: { published: true },
    sort: [{ fieldName: 'createdDate', order: 'DESC' as const }],
    after: ['2024-01-01T00:00:00.000Z', 'id-1'],
  };

  it('round-trips a position through an opaque URL-safe string', () => {
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it('rejects strings it did not make', () => {
    expect(decodeCursor('not-a-cursor')).toBeUndefined();
    expect(decodeCursor(Buffer.from('{"v":2}').toString('base64url'))).toBeUndefined();
    expect(decodeCursor('')).toBeUndefined();
  });
});

interface Item {
  id: string;
  n: number;
}

const spec: QuerySpec<Item> = {
  endpoint: 'items',
  filter: { logical: false, fields: { n: { type: 'any', operators: ['$gt'], get: (i) => i.n } } },
  sort: {
    fields: { n: (i) => i.n },
    defaultSort: [{ fieldName: 'n', order: 'DESC' }],
    id: (i) => i.id,
  },
  defaultLimit: 2,
  maxLimit: 3,
  offsetPaging: true,
};

const items: Item[] = [
  { id: 'a', n: 1 },
  { id: 'b', n: 2 },
  { id: 'c', n: 2 },
  { id: 'd', n: 3 },
  { id: 'e', n: 4 },
];

function error(fn: () => unknown): WixError {
  try {
    fn();
  } catch (e) {
    if (e instanceof WixError) return e;
  }
  throw new Error('expected a WixError');
}

describe('runQuery paging', () => {
  it('walks every item exactly once with keyset cursors, ties broken by id', () => {
    const seen: string[] = [];
    let page = runQuery(items, {}, spec, 'acc');
    seen.push(...page.items.map((i) => i.id));
    while (page.metadata.cursors?.next) {
      page = runQuery(items, { cursorPaging: { cursor: page.metadata.cursors.next } }, spec, 'acc');
      seen.push(...page.items.map((i) => i.id));
    }
    expect(seen).toEqual(['e', 'd', 'b', 'c', 'a']);
  });

  it('keeps the first page filter on follow-up pages and allows a new limit', () => {
    const first = runQuery(
      items,
      { filter: { n: { $gt: 1 } }, cursorPaging: { limit: 1 } },
      spec,
      'acc',
    );
    const next = runQuery(
      items,
      { cursorPaging: { limit: 3, cursor: first.metadata.cursors?.next } },
      spec,
      'acc',
    );
    expect(next.items.map((i) => i.id)).toEqual(['d', 'b', 'c']);
    expect(next.metadata).toEqual({ count: 3, cursors: {}, hasNext: false });
  });

  it('rejects a cursor sent with filter or sort, or with another account', () => {
    const first = runQuery(items, {}, spec, 'acc');
    const cursor = first.metadata.cursors?.next;
    expect(
      error(() => runQuery(items, { filter: {}, cursorPaging: { cursor } }, spec, 'acc'))
        .statusCode,
    ).toBe(400);
    expect(
      error(() => runQuery(items, { cursorPaging: { cursor } }, spec, 'other')).statusCode,
    ).toBe(400);
  });

  it('rejects limits above the maximum', () => {
    const e = error(() => runQuery(items, { cursorPaging: { limit: 4 } }, spec, 'acc'));
    expect(e.body.details?.validationError?.fieldViolations[0]).toMatchObject({
      field: 'query.cursorPaging.limit',
      violatedRule: 'MAX',
    });
  });

  it('answers offset paging with total and no cursors', () => {
    const page = runQuery(items, { paging: { limit: 2, offset: 2 } }, spec, 'acc');
    expect(page.items.map((i) => i.id)).toEqual(['b', 'c']);
    expect(page.metadata).toEqual({
      count: 2,
      offset: 2,
      total: 5,
      tooManyToCount: false,
      hasNext: true,
    });
  });
});

describe('runQuery prev cursors', () => {
  const withPrev: QuerySpec<Item> = { ...spec, prevCursors: true };
  const ids = (page: { items: Item[] }) => page.items.map((i) => i.id);
  const follow = (cursor: string | undefined, limit?: number) =>
    runQuery(items, { cursorPaging: { cursor, limit } }, withPrev, 'acc');

  it('gives no prev cursor on the first page, and one on every later page', () => {
    const first = runQuery(items, {}, withPrev, 'acc');
    const second = follow(first.metadata.cursors?.next);
    expect(first.metadata.cursors?.prev).toBeUndefined();
    expect(second.metadata.cursors?.prev).toEqual(expect.any(String));
  });

  it('walks back from the last page to the first, each item once, in list order', () => {
    const pages: string[][] = [];
    let page = runQuery(items, {}, withPrev, 'acc');
    while (page.metadata.cursors?.next) page = follow(page.metadata.cursors.next);
    pages.unshift(ids(page));
    while (page.metadata.cursors?.prev) {
      page = follow(page.metadata.cursors.prev);
      pages.unshift(ids(page));
    }
    expect(pages).toEqual([['e', 'd'], ['b', 'c'], ['a']]);
  });

  it('answers the limit items right before the page a prev cursor came from, whatever its limit', () => {
    const first = runQuery(items, { cursorPaging: { limit: 3 } }, withPrev, 'acc');
    const last = follow(first.metadata.cursors?.next, 2);
    expect(ids(last)).toEqual(['c', 'a']);
    const back = follow(last.metadata.cursors?.prev, 1);
    expect(ids(back)).toEqual(['b']);
    expect(back.metadata.hasNext).toBe(true);
    // A prev page's next cursor leads forward again from its last item.
    expect(ids(follow(back.metadata.cursors?.next, 3))).toEqual(['c', 'a']);
    expect(ids(follow(back.metadata.cursors?.prev, 3))).toEqual(['e', 'd']);
  });

  it('keeps the filter of the first page on prev pages', () => {
    const first = runQuery(
      items,
      { filter: { n: { $gt: 1 } }, cursorPaging: { limit: 2 } },
      withPrev,
      'acc',
    );
    const second = follow(first.metadata.cursors?.next);
    expect(ids(second)).toEqual(['b', 'c']);
    const back = follow(second.metadata.cursors?.prev, 3);
    expect(ids(back)).toEqual(['e', 'd']);
    expect(back.metadata.cursors?.prev).toBeUndefined();
  });

  it('gives no prev cursor where the endpoint documents none', () => {
    const first = runQuery(items, {}, spec, 'acc');
    const second = runQuery(
      items,
      { cursorPaging: { cursor: first.metadata.cursors?.next } },
      spec,
      'acc',
    );
    expect(second.metadata.cursors).toEqual({ next: expect.any(String) });
  });
});
