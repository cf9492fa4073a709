import type { PackageQueries } from './PackageQueries.js';
import { readPackagePages } from '../datasources/index.js';
import { upstreamUnavailable } from '../errors/index.js';
import type { Filter, Package } from '../wix-api/types.js';

/** Bounds a runaway cursor chain: 100 pages of 100 is the 10,000-package ceiling. */
const MAX_PAGES = 100;

/** Every package matching `filter`; a chain longer than the ceiling is an upstream fault. */
export async function queryAllPackages(
  resellers: PackageQueries,
  accountId: string,
  filter: Filter,
): Promise<Package[]> {
  const packages = await readPackagePages(resellers, accountId, filter, MAX_PAGES);
  if (packages) return packages;
  throw upstreamUnavailable(`Could not query packages: more than ${MAX_PAGES} pages of results`);
}
