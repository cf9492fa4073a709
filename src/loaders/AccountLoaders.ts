import type { SitesApi } from '../datasources/index.js';
import type { Package, Site } from '../wix-api/types.js';
import { createPackageByIdLoader } from './createPackageByIdLoader.js';
import { createPackageByInstanceIdLoader } from './createPackageByInstanceIdLoader.js';
import { createPackagesBySiteIdLoader } from './createPackagesBySiteIdLoader.js';
import { createSiteByIdLoader } from './createSiteByIdLoader.js';
import type { BatchObserver } from './loaderOptions.js';
import type { PackageQueries } from './PackageQueries.js';

/**
 * The loaders of one account within one GraphQL request. Everything cached
 * here was read with that account's `wix-account-id`, so nothing crosses
 * accounts.
 */
export class AccountLoaders {
  readonly siteById;
  readonly packageById;
  readonly packageByInstanceId;
  readonly packagesBySiteId;

  constructor(
    apis: { sites: SitesApi; resellers: PackageQueries },
    accountId: string,
    /** `GATEWAY_BATCHING`: false turns batching and caching off (the naive baseline). */
    batching = true,
    onBatch?: BatchObserver,
  ) {
    this.siteById = createSiteByIdLoader(apis.sites, accountId, batching, onBatch);
    this.packageById = createPackageByIdLoader(apis.resellers, accountId, batching, onBatch);
    this.packageByInstanceId = createPackageByInstanceIdLoader(
      apis.resellers,
      accountId,
      batching,
      onBatch,
    );
    this.packagesBySiteId = createPackagesBySiteIdLoader(
      apis.resellers,
      accountId,
      batching,
      onBatch,
    );
  }

  /** Remembers sites from a list result so their nested fields need no extra read. */
  primeSites(sites: readonly Site[]): void {
    for (const site of sites) this.siteById.prime(site.id, site);
  }

  /** Remembers packages from a list or write result, under their ID and their instances' IDs. */
  primePackages(packages: readonly Package[]): void {
    for (const pkg of packages) {
      this.packageById.clear(pkg.id).prime(pkg.id, pkg);
      for (const instance of pkg.productInstances) {
        this.packageByInstanceId.clear(instance.instanceId).prime(instance.instanceId, pkg);
      }
    }
  }
}
