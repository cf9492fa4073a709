import type { PackageQueries } from './PackageQueries.js';
import { upstreamUnavailable } from '../errors/index.js';
import { UPSTREAM_PAGE_LIMIT } from '../wix-api/paging.js';
import type { Filter, Package } from '../wix-api/types.js';

/** Bounds a runaway cursor chain: 100 pages of 100 is the 10,000-package ceiling. */
const MAX_PAGES = 100;

/**
 * Every package matching `filter`, following cursors. A follow-up request
 * carries only the cursor: Wix rejects a cursor sent with a filter or sort.
 */
export async function queryAllPackages(
  resellers: PackageQueries,
  accountId: string,
  filter: Filter,
): Promise<Package[]> {
  const packages: Package[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const response = await resellers.queryPackages(accountId, {
      query: cursor
        ? { cursorPaging: { cursor, limit: UPSTREAM_PAGE_LIMIT } }
        : { filter, cursorPaging: { limit: UPSTREAM_PAGE_LIMIT } },
    });
    packages.push(...response.packages);
    cursor = response.metadata?.cursors?.next || undefined;
    if (!cursor || response.metadata?.hasNext === false) return packages;
  }
  throw upstreamUnavailable(`Could not query packages: more than ${MAX_PAGES} pages of results`);
}
