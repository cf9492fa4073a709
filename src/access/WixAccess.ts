import { RequestLoaders, type BatchObserver, type PackageQueries } from '../loaders/index.js';
import type { AuthorizedAccount } from '../security/authorizeAccount.js';
import type { Caller } from '../security/Caller.js';
import { AccountAccess, type UpstreamApis } from './AccountAccess.js';
import { confinePackageQueries } from './confinePackageQueries.js';

export interface WixAccessOptions {
  /** `GATEWAY_BATCHING`: false turns DataLoader batching and caching off (the naive baseline). */
  batching?: boolean;
  /** Told each loader batch's size (the batch-size metric); absent when metrics are off. */
  onBatch?: BatchObserver;
}

/**
 * The upstream as one GraphQL request may use it: the request's clients and
 * loaders, with the caller's scope built in. Made by the context factory for
 * each request and never shared.
 */
export class WixAccess {
  private readonly packageQueries: PackageQueries;
  private readonly loaders: RequestLoaders;

  constructor(
    private readonly apis: UpstreamApis,
    caller: Caller,
    options: WixAccessOptions = {},
  ) {
    this.packageQueries = confinePackageQueries(apis.resellers, caller);
    this.loaders = new RequestLoaders(
      { sites: apis.sites, resellers: this.packageQueries },
      options.batching,
      options.onBatch,
    );
  }

  /** Reads and writes as `accountId`, which `ctx.authorize` has checked. */
  forAccount(accountId: AuthorizedAccount): AccountAccess {
    return new AccountAccess(accountId, this.apis, this.packageQueries, this.loaders);
  }
}
