import type { Gap } from '../security/CursorSigner.js';
import { UPSTREAM_PAGE_LIMIT } from '../wix-api/paging.js';
import type { ConnectionRead } from './readForward.js';
import { upstreamPageAt, type ReadPage } from './upstreamPageAt.js';

/**
 * Up to `count` items before `to`, in list order, read backward with Wix's
 * prev cursors. Usually one upstream call; more only when the items span
 * upstream pages.
 */
export async function readBackward<T>(
  readPage: ReadPage<T>,
  to: Gap,
  count: number,
): Promise<ConnectionRead<T>> {
  const nearestFirst: ConnectionRead<T>['items'] = [];
  let gap = to;
  let hasNextPage: boolean | undefined;
  for (;;) {
    // Before a forward gap lie only its page's first `skip` items (at least
    // one is read to learn, from the page's prev cursor, where it starts).
    const limit = gap.backward
      ? Math.min(UPSTREAM_PAGE_LIMIT, gap.skip + count - nearestFirst.length)
      : Math.min(UPSTREAM_PAGE_LIMIT, Math.max(gap.skip, 1));
    const page = await upstreamPageAt(readPage, gap, limit);
    hasNextPage ??= page.split < page.items.length || page.next !== undefined;
    let index = page.split - 1;
    for (; index >= 0 && nearestFirst.length < count; index--) {
      nearestFirst.push({ node: page.items[index], position: page.positionOf(index) });
    }
    const moreInPage = index >= 0;
    if (nearestFirst.length >= count || page.prev === undefined || page.items.length === 0) {
      return {
        items: nearestFirst.reverse(),
        hasPreviousPage: moreInPage || page.prev !== undefined,
        hasNextPage,
      };
    }
    gap = { cursor: page.prev, skip: 0, backward: true };
  }
}
