import DataLoader from 'dataloader';
import type { PackageQueries } from './PackageQueries.js';
import type { Package } from '../wix-api/types.js';
import { loaderOptions, type BatchObserver } from './loaderOptions.js';
import { queryAllPackages } from './queryAllPackages.js';

/**
 * For each site, the packages with at least one instance on it: one
 * `productInstances.siteId $hasSome` query (all its pages) for many sites.
 */
export function createPackagesBySiteIdLoader(
  resellers: PackageQueries,
  accountId: string,
  batching: boolean,
  onBatch?: BatchObserver,
) {
  return new DataLoader<string, Package[]>(async (siteIds) => {
    onBatch?.('packagesBySiteId', siteIds.length);
    const packages = await queryAllPackages(resellers, accountId, {
      'productInstances.siteId': { $hasSome: [...siteIds] },
    });
    return siteIds.map((siteId) =>
      packages.filter((pkg) => pkg.productInstances.some((i) => i.siteId === siteId)),
    );
  }, loaderOptions(batching));
}
