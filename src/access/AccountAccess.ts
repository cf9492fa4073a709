import type { ResellersApi, SitesApi, SiteTransferApi } from '../datasources/index.js';
import type { PackageQueries, RequestLoaders } from '../loaders/index.js';
import type { AuthorizedAccount } from '../security/authorizeAccount.js';
import type {
  AdjustProductInstanceRequest,
  CreatePackageRequest,
  Filter,
  Package,
  QueryPackagesResponse,
  QuerySitesResponse,
  QueryV2,
  Site,
  SiteTransfer,
} from '../wix-api/types.js';

/** The request's clients of the three Wix APIs. */
export interface UpstreamApis {
  readonly resellers: ResellersApi;
  readonly sites: SitesApi;
  readonly siteTransfer: SiteTransferApi;
}

/**
 * The upstream as one request may use it for one account the caller was
 * authorized on: reads go through the request's loaders (batched, cached for
 * the request), package queries are confined to the caller's accounts, and
 * every write leaves those caches true. Resolvers and services reach Wix only
 * through this; WixAccess.forAccount makes it.
 */
export class AccountAccess {
  constructor(
    readonly accountId: AuthorizedAccount,
    private readonly apis: UpstreamApis,
    /** Query Packages, confined to the caller's accounts. */
    private readonly packageQueries: PackageQueries,
    private readonly loaders: RequestLoaders,
  ) {}

  /** Sites of this account by ID; null when it has no such site. */
  site(id: string): Promise<Site | null> {
    return this.cached().siteById.load(id);
  }

  /** A package of this account's family by ID; null when there is none. */
  package(id: string): Promise<Package | null> {
    return this.cached().packageById.load(id);
  }

  /** The package holding a product instance; null when there is none. */
  packageOfInstance(instanceId: string): Promise<Package | null> {
    return this.cached().packageByInstanceId.load(instanceId);
  }

  /** The packages with at least one instance on the site. */
  packagesOnSite(siteId: string): Promise<Package[]> {
    return this.cached().packagesBySiteId.load(siteId);
  }

  /**
   * Starts reading the packages on a site now, so that reads asked for in
   * later ticks join one batch. A failure surfaces from whichever read awaits
   * the same cached promise. Without batching there is nothing to join, and
   * the read would only be one call more.
   */
  prefetchPackagesOnSite(siteId: string): void {
    if (this.loaders.batching) this.packagesOnSite(siteId).catch(() => undefined);
  }

  /** One page of Query Sites; the loaders remember its sites. */
  async querySites(query: QueryV2): Promise<QuerySitesResponse> {
    const response = await this.apis.sites.querySites(this.accountId, { query });
    this.cached().primeSites(response.sites);
    return response;
  }

  /** One page of Query Packages (the whole family, within the caller's accounts); the loaders remember its packages. */
  async queryPackages(query: QueryV2): Promise<QueryPackagesResponse> {
    const response = await this.packageQueries.queryPackages(this.accountId, { query });
    this.cached().primePackages(response.packages);
    return response;
  }

  /**
   * How many packages of the family (within the caller's accounts) match, or
   * null when Wix cannot count them. Wix returns `total` only with offset
   * paging (docs/wix-api.md "Query Packages"), so this asks for one package.
   */
  async countPackages(filter: Filter): Promise<number | null> {
    const { metadata } = await this.packageQueries.queryPackages(this.accountId, {
      query: { filter, paging: { limit: 1, offset: 0 } },
    });
    return metadata.tooManyToCount ? null : (metadata.total ?? null);
  }

  countSites(filter?: Filter): Promise<number> {
    return this.apis.sites.countSites(this.accountId, filter === undefined ? {} : { filter });
  }

  /** The package as Wix has it now, past the cache; the loaders remember it. */
  async rereadPackage(id: string): Promise<Package> {
    const pkg = await this.apis.resellers.getPackage(this.accountId, id);
    this.cached().primePackages([pkg]);
    return pkg;
  }

  /** The site as Wix lists it now, past the cache. */
  rereadSite(id: string): Promise<Site | null> {
    const { siteById } = this.cached();
    siteById.clear(id);
    return siteById.load(id);
  }

  createPackage(request: CreatePackageRequest, idempotencyKey: string): Promise<Package> {
    return this.writePackage(() =>
      this.apis.resellers.createPackage(this.accountId, { ...request, idempotencyKey }),
    );
  }

  cancelPackage(id: string, idempotencyKey: string): Promise<Package> {
    return this.writePackage(() =>
      this.apis.resellers.cancelPackage(this.accountId, id, { idempotencyKey }),
    );
  }

  updatePackageExternalId(id: string, externalId: string): Promise<Package> {
    return this.writePackage(() =>
      this.apis.resellers.updatePackageExternalId(this.accountId, id, externalId),
    );
  }

  assignInstance(instanceId: string, siteId: string, idempotencyKey: string): Promise<Package> {
    return this.writePackage(() =>
      this.apis.resellers.assignInstance(this.accountId, instanceId, siteId, { idempotencyKey }),
    );
  }

  unassignInstance(instanceId: string, idempotencyKey: string): Promise<Package> {
    return this.writePackage(() =>
      this.apis.resellers.unassignInstance(this.accountId, instanceId, { idempotencyKey }),
    );
  }

  adjustInstance(
    instanceId: string,
    request: AdjustProductInstanceRequest,
    idempotencyKey: string,
  ): Promise<Package> {
    return this.writePackage(() =>
      this.apis.resellers.adjustInstance(this.accountId, instanceId, {
        ...request,
        idempotencyKey,
      }),
    );
  }

  cancelInstance(instanceId: string, idempotencyKey: string): Promise<Package> {
    return this.writePackage(() =>
      this.apis.resellers.cancelInstance(this.accountId, instanceId, { idempotencyKey }),
    );
  }

  /** Transfers a site of this account to `target`, an account the caller was authorized on too. */
  transferSite(
    siteId: string,
    target: AuthorizedAccount,
    notifyOwner: boolean,
  ): Promise<SiteTransfer> {
    return this.write(() =>
      this.apis.siteTransfer.transferSite(target, {
        siteId,
        sourceAccountId: this.accountId,
        enableNotifications: notifyOwner,
      }),
    );
  }

  /**
   * Every write goes through here. Whatever its outcome, the request forgets
   * all it has read: even a failed write may have landed, and Query Packages
   * spans the whole account family, so what any account's loaders hold may be
   * stale now.
   */
  private async write<T>(send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } finally {
      this.loaders.clearAll();
    }
  }

  /** A write that answers the whole package after the change, which the loaders then remember. */
  private async writePackage(send: () => Promise<Package>): Promise<Package> {
    const pkg = await this.write(send);
    this.cached().primePackages([pkg]);
    return pkg;
  }

  /** Looked up on every use: clearAll replaces the loaders. */
  private cached() {
    return this.loaders.forAccount(this.accountId);
  }
}
