import type { BoundCursors, Gap } from '../security/CursorSigner.js';
import type { Filter, QueryV2, Sorting, SortOrder } from '../wix-api/types.js';
import { pageDirection, type PageArguments } from './pageDirection.js';
import { readBackward } from './readBackward.js';
import { readForward } from './readForward.js';
import type { ReadPage, UpstreamPage } from './upstreamPageAt.js';

export type { UpstreamPage } from './upstreamPageAt.js';

export interface ConnectionRequest<T> extends PageArguments {
  pageSize: { default: number; max: number };
  /** Wix filter of the first upstream page (a Wix cursor already encodes it). */
  filter?: Filter;
  /** The GraphQL sort input, in order of precedence. */
  sort?: readonly { field: string; order: SortOrder }[] | null;
  /** Sends one Wix query (Query Sites, Query Packages, …) and returns its page. */
  fetchPage(query: QueryV2): Promise<UpstreamPage<T>>;
  /** Signs this query's cursors and checks `after` and `before` (bound to the caller, account, connection, filter and sort). */
  cursors: BoundCursors;
}

export interface ConnectionSlice<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor?: string;
    endCursor?: string;
  };
}

const LIST_START: Gap = { cursor: null, skip: 0, backward: false };

/**
 * One page of a Relay connection over a Wix cursor-paged query: `first`
 * items after `after`, or `last` items before `before` (only where the
 * upstream gives prev cursors; the resolver offers `last` and `before` only
 * there). Every position and flag counts only the items the caller may see.
 */
export async function fetchConnection<T>(
  request: ConnectionRequest<T>,
): Promise<ConnectionSlice<T>> {
  const { backward, count } = pageDirection(request, request.pageSize);
  const readPage: ReadPage<T> = (cursor, limit) =>
    request.fetchPage(pageQuery(request, cursor, limit));
  const read = backward
    ? await readBackward(readPage, request.cursors.decode(request.before!, 'before').before, count)
    : await readForward(
        readPage,
        request.after ? request.cursors.decode(request.after, 'after').after : LIST_START,
        count,
      );
  const edges = read.items.map((item) => ({
    cursor: request.cursors.encode(item.position),
    node: item.node,
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: read.hasNextPage,
      hasPreviousPage: read.hasPreviousPage,
      startCursor: edges[0]?.cursor,
      endCursor: edges.at(-1)?.cursor,
    },
  };
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
