import type { SitesApi } from '../datasources/index.js';
import { AccountLoaders } from './AccountLoaders.js';
import type { BatchObserver } from './loaderOptions.js';
import type { PackageQueries } from './PackageQueries.js';

/**
 * All DataLoaders of one GraphQL request, one set per account acted on.
 * Created for each request by its WixAccess, the only user, and never shared.
 */
export class RequestLoaders {
  private byAccount = new Map<string, AccountLoaders>();

  constructor(
    private readonly apis: { sites: SitesApi; resellers: PackageQueries },
    /** `GATEWAY_BATCHING`: false turns batching and caching off (the naive baseline). */
    readonly batching = true,
    /** Told each batch's size (the batch-size metric); absent when metrics are off. */
    private readonly onBatch?: BatchObserver,
  ) {}

  forAccount(accountId: string): AccountLoaders {
    let loaders = this.byAccount.get(accountId);
    if (!loaders) {
      loaders = new AccountLoaders(this.apis, accountId, this.batching, this.onBatch);
      this.byAccount.set(accountId, loaders);
    }
    return loaders;
  }

  /**
   * Forgets everything read so far. AccountAccess calls it after every write: Query Packages
   * spans the whole account family, so a write under one account can change
   * what another account's loaders hold.
   */
  clearAll(): void {
    this.byAccount = new Map();
  }
}
