import { badUserInput } from '../errors/index.js';
import { UPSTREAM_PAGE_LIMIT } from '../wix-api/paging.js';
import type { Filter, QueryV2, Sorting, SortOrder } from '../wix-api/types.js';
import type { BoundCursors } from '../security/CursorSigner.js';

export interface UpstreamPage<T> {
  /** The page's items the caller may see: positions and `hasNextPage` count only these. */
  items: T[];
  /** Cursor of the next upstream page; absent on the last page. */
  next?: string;
}

export interface ConnectionRequest<T> {
  first: number | undefined | null;
  after: string | undefined | null;
  pageSize: { default: number; max: number };
  /** Wix filter of the first upstream page (a Wix cursor already encodes it). */
  filter?: Filter;
  /** The GraphQL sort input, in order of precedence. */
  sort?: readonly { field: string; order: SortOrder }[] | null;
  /** Sends one Wix query (Query Sites, Query Packages, …) and returns its page. */
  fetchPage(query: QueryV2): Promise<UpstreamPage<T>>;
  /** Signs this query's cursors and checks `after` (bound to the caller, account, connection, filter and sort). */
  cursors: BoundCursors;
}

export interface ConnectionSlice<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string };
}

/**
 * One page of a Relay connection over a Wix cursor-paged query. Usually one
 * upstream call; more only when the requested page spans upstream pages.
 */
export async function fetchConnection<T>(
  request: ConnectionRequest<T>,
): Promise<ConnectionSlice<T>> {
  const first = request.first ?? request.pageSize.default;
  if (!Number.isInteger(first) || first < 1 || first > request.pageSize.max) {
    throw badUserInput(`first must be from 1 to ${request.pageSize.max}, got ${first}`, {
      fieldViolations: [
        { field: 'first', description: `must be from 1 to ${request.pageSize.max}` },
      ],
    });
  }
  let { upstreamCursor, skip } = request.after
    ? request.cursors.decode(request.after)
    : { upstreamCursor: null, skip: 0 };

  const edges: ConnectionSlice<T>['edges'] = [];
  for (;;) {
    const limit = Math.min(UPSTREAM_PAGE_LIMIT, skip + first - edges.length);
    const page = await request.fetchPage(pageQuery(request, upstreamCursor, limit));
    let index = skip;
    for (; index < page.items.length && edges.length < first; index++) {
      // The last item of a page points at the next upstream page, so walking
      // by endCursor always resumes on a cursor Wix issued, with no skipping.
      const atPageEnd = index === page.items.length - 1 && page.next !== undefined;
      const cursor = atPageEnd
        ? request.cursors.encode({ upstreamCursor: page.next!, skip: 0 })
        : request.cursors.encode({ upstreamCursor, skip: index + 1 });
      edges.push({ cursor, node: page.items[index] });
    }
    const moreInPage = index < page.items.length;
    if (edges.length >= first || page.next === undefined || page.items.length === 0) {
      return {
        edges,
        pageInfo: {
          hasNextPage: moreInPage || page.next !== undefined,
          endCursor: edges.at(-1)?.cursor,
        },
      };
    }
    upstreamCursor = page.next;
    skip = 0;
  }
}

/** Wix rejects filter or sort next to a cursor (docs/wix-api.md "Query language and paging"): only the first page carries them. */
function pageQuery<T>(
  request: ConnectionRequest<T>,
  cursor: string | null,
  limit: number,
): QueryV2 {
  if (cursor) return { cursorPaging: { cursor, limit } };
  const sort: Sorting[] | undefined = request.sort?.map((s) => ({
    fieldName: s.field,
    order: s.order,
  }));
  return { filter: request.filter, ...(sort && { sort }), cursorPaging: { limit } };
}
