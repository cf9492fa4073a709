import type { ConnectionPosition, Gap } from '../security/CursorSigner.js';
import { UPSTREAM_PAGE_LIMIT } from '../wix-api/paging.js';
import { upstreamPageAt, type ReadPage } from './upstreamPageAt.js';

/** Items of a connection page with where each sits, and whether items lie beyond either end. */
export interface ConnectionRead<T> {
  items: { node: T; position: ConnectionPosition }[];
  hasPreviousPage: boolean;
  hasNextPage: boolean;
}

/**
 * Up to `count` items after `from`, in list order. Usually one upstream
 * call; more only when the items span upstream pages.
 */
export async function readForward<T>(
  readPage: ReadPage<T>,
  from: Gap,
  count: number,
): Promise<ConnectionRead<T>> {
  const items: ConnectionRead<T>['items'] = [];
  let gap = from;
  let hasPreviousPage: boolean | undefined;
  for (;;) {
    // Past a backward gap lie only its page's last `skip` items (at least one
    // is read to learn, from the page's next cursor, where that page ends).
    const limit = gap.backward
      ? Math.min(UPSTREAM_PAGE_LIMIT, Math.max(gap.skip, 1))
      : Math.min(UPSTREAM_PAGE_LIMIT, gap.skip + count - items.length);
    const page = await upstreamPageAt(readPage, gap, limit);
    // Wix issues a next cursor only after an item, and the gateway signs it
    // only for the caller who saw that item.
    hasPreviousPage ??=
      page.split > 0 || page.prev !== undefined || (!gap.backward && gap.cursor !== null);
    let index = page.split;
    for (; index < page.items.length && items.length < count; index++) {
      items.push({ node: page.items[index], position: page.positionOf(index) });
    }
    const moreInPage = index < page.items.length;
    if (items.length >= count || page.next === undefined || page.items.length === 0) {
      return { items, hasPreviousPage, hasNextPage: moreInPage || page.next !== undefined };
    }
    gap = { cursor: page.next, skip: 0, backward: false };
  }
}
