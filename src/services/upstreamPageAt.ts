import type { ConnectionPosition, Gap } from '../security/CursorSigner.js';

export interface UpstreamPage<T> {
  /** The page's items the caller may see: positions and `hasNextPage` count only these. */
  items: T[];
  /** Cursor of the next upstream page; absent on the last page. */
  next?: string;
  /** Cursor of the previous upstream page; absent on the first page, and where the API gives none. */
  prev?: string;
}

/** Reads the upstream page a Wix cursor names (null: the first page), with at most `limit` items. */
export type ReadPage<T> = (cursor: string | null, limit: number) => Promise<UpstreamPage<T>>;

export interface PageAtGap<T> extends UpstreamPage<T> {
  /** Index of the first item after the gap; the items before it lie before the gap. */
  split: number;
  /** Where item `index` of the page sits. */
  positionOf(index: number): ConnectionPosition;
}

/**
 * The upstream page that a gap is named by, split at the gap. A forward
 * gap's page starts where its cursor points and the gap is `skip` items in;
 * a backward gap's page (read with a `prev` cursor) ends where that cursor
 * points and the gap is `skip` items before its end.
 */
export async function upstreamPageAt<T>(
  readPage: ReadPage<T>,
  gap: Gap,
  limit: number,
): Promise<PageAtGap<T>> {
  const page = await readPage(gap.cursor, limit);
  const count = page.items.length;
  const at = (skip: number): Gap => ({ cursor: gap.cursor, skip, backward: gap.backward });
  return {
    ...page,
    split: gap.backward ? Math.max(0, count - gap.skip) : Math.min(gap.skip, count),
    positionOf(index) {
      // At the ends of a page Wix's own cursors name the gap, so paging on
      // from there starts on a page boundary Wix issued, with nothing to skip.
      const before: Gap =
        index === 0 && page.prev !== undefined
          ? { cursor: page.prev, skip: 0, backward: true }
          : at(gap.backward ? count - index : index);
      const after: Gap =
        index === count - 1 && page.next !== undefined
          ? { cursor: page.next, skip: 0, backward: false }
          : at(gap.backward ? count - index - 1 : index + 1);
      return { before, after };
    },
  };
}
