import { UPSTREAM_PAGE_LIMIT } from '../wix-api/paging.js';
import type {
  Filter,
  Package,
  QueryPackagesRequest,
  QueryPackagesResponse,
} from '../wix-api/types.js';

/** Whatever sends Query Packages: the datasource, or a version confined to a caller's accounts. */
export interface PackagePageSource {
  queryPackages(accountId: string, request: QueryPackagesRequest): Promise<QueryPackagesResponse>;
}

/**
 * Every package matching `filter`, following cursors (a follow-up carries
 * only the cursor: Wix rejects one sent with a filter or sort); undefined
 * past `maxPages` pages, for the caller to say what that means.
 */
export async function readPackagePages(
  source: PackagePageSource,
  accountId: string,
  filter: Filter,
  maxPages: number,
): Promise<Package[] | undefined> {
  const packages: Package[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const response = await source.queryPackages(accountId, {
      query: cursor
        ? { cursorPaging: { cursor, limit: UPSTREAM_PAGE_LIMIT } }
        : { filter, cursorPaging: { limit: UPSTREAM_PAGE_LIMIT } },
    });
    packages.push(...response.packages);
    cursor = response.metadata?.cursors?.next || undefined;
    if (!cursor || response.metadata?.hasNext === false) return packages;
  }
  return undefined;
}
