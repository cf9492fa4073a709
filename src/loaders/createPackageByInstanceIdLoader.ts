import DataLoader from 'dataloader';
import type { PackageQueries } from './PackageQueries.js';
import type { Package } from '../wix-api/types.js';
import { loaderOptions, type BatchObserver } from './loaderOptions.js';
import { queryAllPackages } from './queryAllPackages.js';

/** The package holding each product instance, in one `productInstances.instanceId $hasSome` call. */
export function createPackageByInstanceIdLoader(
  resellers: PackageQueries,
  accountId: string,
  batching: boolean,
  onBatch?: BatchObserver,
) {
  return new DataLoader<string, Package | null>(async (instanceIds) => {
    onBatch?.('packageByInstanceId', instanceIds.length);
    const packages = await queryAllPackages(resellers, accountId, {
      'productInstances.instanceId': { $hasSome: [...instanceIds] },
    });
    const byInstanceId = new Map<string, Package>();
    for (const pkg of packages) {
      for (const instance of pkg.productInstances) byInstanceId.set(instance.instanceId, pkg);
    }
    return instanceIds.map((id) => byInstanceId.get(id) ?? null);
  }, loaderOptions(batching));
}
