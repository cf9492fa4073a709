import DataLoader from 'dataloader';
import type { PackageQueries } from './PackageQueries.js';
import type { Package } from '../wix-api/types.js';
import { loaderOptions, type BatchObserver } from './loaderOptions.js';
import { queryAllPackages } from './queryAllPackages.js';

/**
 * Packages by ID in one Query Packages call (`id $in`). Query Packages covers
 * the whole account family, so a sub-account's package loads under the parent
 * too, where Get Package would refuse the account mismatch.
 */
export function createPackageByIdLoader(
  resellers: PackageQueries,
  accountId: string,
  batching: boolean,
  onBatch?: BatchObserver,
) {
  return new DataLoader<string, Package | null>(async (ids) => {
    onBatch?.('packageById', ids.length);
    const packages = await queryAllPackages(resellers, accountId, { id: { $in: [...ids] } });
    const byId = new Map(packages.map((pkg) => [pkg.id, pkg]));
    return ids.map((id) => byId.get(id) ?? null);
  }, loaderOptions(batching));
}
