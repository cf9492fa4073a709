/**
 * Executes a `QueryV2` (filter, sort, cursor or offset paging) over a list of
 * items, with the paging rules of docs/wix-api.md ("Query language and paging", "Query Packages",
 * "Query Sites and Count Sites").
 */
import type { Filter, PagingMetadataV2 } from '../../wix-api/types.js';
import { WixError } from '../errors.js';
import { isPlainObject, Violations } from '../validation.js';
import { compileFilter, type FilterSpec } from './filter.js';
import { decodeCursor, encodeCursor, type CursorPosition } from './paging/cursor.js';
import { compileSort, type SortSpec } from './sort.js';

export interface QuerySpec<T> {
  /** Names the endpoint inside cursors. */
  endpoint: string;
  filter: FilterSpec<T>;
  sort: SortSpec<T>;
  defaultLimit: number;
  maxLimit: number;
  /** Whether `paging` (limit/offset) is accepted besides `cursorPaging`. */
  offsetPaging: boolean;
  /** Whether cursor answers carry `cursors.prev` (Resellers documents it; Site List only `next`). */
  prevCursors?: boolean;
  /** Only the first this many matches (in the query's order) can be reached by paging. */
  maxReachable?: number;
}

export interface QueryResult<T> {
  items: T[];
  metadata: PagingMetadataV2;
}

export function runQuery<T>(
  items: readonly T[],
  query: unknown,
  spec: QuerySpec<T>,
  accountId: string,
  path = 'query',
): QueryResult<T> {
  const violations = new Violations();
  const q = query ?? {};
  if (!isPlainObject(q)) throw WixError.validation([violation(path, 'query must be an object')]);

  const cursorPaging = q.cursorPaging;
  const paging = q.paging;
  if (paging !== undefined && !spec.offsetPaging) {
    violations.add(`${path}.paging`, 'offset paging is not supported; use cursorPaging', 'CUSTOM');
  }
  if (paging !== undefined && cursorPaging !== undefined) {
    violations.add(`${path}.paging`, 'send either paging or cursorPaging, not both', 'CUSTOM');
  }
  violations.object(`${path}.cursorPaging`, cursorPaging);
  violations.object(`${path}.paging`, paging);
  violations.throwIfAny();

  const mode = paging !== undefined ? 'offset' : 'cursor';
  const pagingObject = (mode === 'offset' ? paging : cursorPaging) as
    Record<string, unknown> | undefined;
  const pagingPath = `${path}.${mode === 'offset' ? 'paging' : 'cursorPaging'}`;
  const limit = readInt(
    pagingObject?.limit,
    spec.defaultLimit,
    1,
    spec.maxLimit,
    violations,
    `${pagingPath}.limit`,
  );
  const offset =
    mode === 'offset'
      ? readInt(
          pagingObject?.offset,
          0,
          0,
          Number.MAX_SAFE_INTEGER,
          violations,
          `${pagingPath}.offset`,
        )
      : 0;

  let position: CursorPosition | undefined;
  let filter: unknown = q.filter;
  let sort: unknown = q.sort;
  const cursor = pagingObject?.cursor;
  if (mode === 'cursor' && cursor !== undefined && cursor !== null && cursor !== '') {
    position = readCursor(cursor, q, spec, accountId, violations, `${pagingPath}.cursor`);
    if (position) {
      filter = position.filter;
      sort = position.sort;
    }
  }

  const predicate = compileFilter(filter, spec.filter, violations, `${path}.filter`);
  const compiledSort = compileSort(sort, spec.sort, violations, `${path}.sort`);
  violations.throwIfAny();

  const matching = items
    .filter(predicate)
    .map((item) => ({ item, key: compiledSort.key(item) }))
    .sort((a, b) => compiledSort.compareKeys(a.key, b.key))
    .slice(0, spec.maxReachable ?? Number.MAX_SAFE_INTEGER);

  if (mode === 'offset') {
    const page = matching.slice(offset, offset + limit).map((m) => m.item);
    return {
      items: page,
      metadata: {
        count: page.length,
        offset,
        total: matching.length,
        tooManyToCount: false,
        hasNext: offset + limit < matching.length,
      },
    };
  }

  const { start, end } = cursorWindow(matching, position, limit, compiledSort.compareKeys);
  const slice = matching.slice(start, end);
  const cursors: { next?: string; prev?: string } = {};
  // An empty page carries no cursor: there is no item to anchor one to.
  if (slice.length) {
    const anchor = { endpoint: spec.endpoint, accountId, sort: compiledSort.sort };
    const query = isPlainObject(filter) ? { filter: filter as Filter } : {};
    if (end < matching.length) {
      cursors.next = encodeCursor({ ...anchor, ...query, after: slice[slice.length - 1].key });
    }
    if (start > 0 && spec.prevCursors) {
      cursors.prev = encodeCursor({ ...anchor, ...query, before: slice[0].key });
    }
  }
  return {
    items: slice.map((m) => m.item),
    metadata: { count: slice.length, cursors, hasNext: end < matching.length },
  };
}

/**
 * Which matches a cursor page holds: the `limit` after a `next` cursor's
 * item, or the `limit` right before a `prev` cursor's item (the previous
 * page, whatever limit the page it came from had).
 */
function cursorWindow(
  matching: { key: unknown[] }[],
  position: CursorPosition | undefined,
  limit: number,
  compareKeys: (a: unknown[], b: unknown[]) => number,
): { start: number; end: number } {
  if (position?.before) {
    const end = firstIndex(matching, (key) => compareKeys(key, position.before!) >= 0);
    return { start: Math.max(0, end - limit), end };
  }
  const start = position?.after
    ? firstIndex(matching, (key) => compareKeys(key, position.after!) > 0)
    : 0;
  return { start, end: Math.min(matching.length, start + limit) };
}

function firstIndex(matching: { key: unknown[] }[], test: (key: unknown[]) => boolean): number {
  const index = matching.findIndex((m) => test(m.key));
  return index === -1 ? matching.length : index;
}

function readCursor<T>(
  cursor: unknown,
  q: Record<string, unknown>,
  spec: QuerySpec<T>,
  accountId: string,
  violations: Violations,
  at: string,
): CursorPosition | undefined {
  // The cursor already encodes filter and sort; Wix rejects a cursor sent with either.
  if (q.filter !== undefined || q.sort !== undefined) {
    violations.add(at, 'invalid cursor: a cursor cannot be combined with filter or sort', 'CUSTOM');
    return undefined;
  }
  const position = typeof cursor === 'string' ? decodeCursor(cursor) : undefined;
  if (!position || position.endpoint !== spec.endpoint || position.accountId !== accountId) {
    violations.add(at, 'invalid cursor', 'CUSTOM');
    return undefined;
  }
  return position;
}

function readInt(
  value: unknown,
  fallback: number,
  min: number,
  max: number,
  violations: Violations,
  at: string,
): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    violations.add(at, 'must be an integer', 'FORMAT', { expected: 'INTEGER' });
    return fallback;
  }
  if (value < min) {
    violations.add(at, `must be at least ${min}`, 'MIN', { threshold: min });
    return fallback;
  }
  if (value > max) {
    violations.add(at, `must be at most ${max}`, 'MAX', { threshold: max });
    return fallback;
  }
  return value;
}

function violation(field: string, description: string) {
  return { field, description, violatedRule: 'FORMAT' as const };
}
