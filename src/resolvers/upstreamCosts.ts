import type { BatchedRead, UpstreamCostModel } from '../security/estimateUpstreamCost.js';

/**
 * A package's instances and a site's paid services are lists without
 * `first`: a plan with a domain or a mailbox is the usual package, and the
 * seed's and the benchmark's hold one to three. A package may hold up to
 * 1000; pricing that would refuse every nested page, so this is a typical
 * size, not a bound (docs/operations.md says so).
 */
const TYPICAL_INSTANCES = 2;

/** Products of a reseller's catalog and billing cycles of a product, as typical sizes. */
const TYPICAL_CATALOG_PRODUCTS = 10;
const TYPICAL_BILLING_CYCLES = 2;

/** `packagesOn(site)`: one Query Packages (`productInstances.siteId $hasSome`) per 100 sites. */
const PACKAGES_OF_SITE: BatchedRead = {
  loader: 'packagesBySiteId',
  key: 'parent',
  account: 'acted',
};

/**
 * What each field costs upstream, read with the resolvers of this folder:
 * change a resolver's reads, change its line here (test/gateway/upstreamCost.test.ts
 * compares the estimate with the emulator's request log). A field without an
 * entry answers from its parent or from configuration (`viewer`,
 * `Package.productInstances`, `ProductInstance.package`, and
 * `ReassignInstancePayload.instance`, the package the move verified).
 */
export const UPSTREAM_COSTS: UpstreamCostModel = {
  ownerType: 'Package',
  fields: {
    Query: {
      // One Query Sites / Query Packages page of `first` (`last`); two when a cursor resumes mid-page.
      sites: { calls: 'page' },
      packages: { calls: 'page' },
      // Loader reads: every lookup of the operation in one Query Packages / Query Sites per account.
      package: { batch: { loader: 'packageById', key: 'field', account: 'acted' } },
      productInstance: { batch: { loader: 'packageByInstanceId', key: 'field', account: 'acted' } },
      // Without `accountId`, one Query Sites per account searched (SITE_LOOKUP_MAX_ACCOUNTS).
      site: { batch: { loader: 'siteById', key: 'field', account: 'lookup' } },
      catalogProducts: { items: TYPICAL_CATALOG_PRODUCTS },
    },
    // From configuration (WIX_CATALOG_FILE), no upstream call: sized only for the objects
    // answered, by a typical catalog (the emulator's has 9) and its cycles (1 to 3).
    CatalogProduct: { billingCycles: { items: TYPICAL_BILLING_CYCLES } },
    // The first event: the subscriber's own read of the package. The polls after it are
    // shared by every subscriber and priced by no one (docs/operations.md).
    Subscription: {
      packageStatusChanged: { batch: { loader: 'packageById', key: 'field', account: 'acted' } },
    },
    Viewer: { accounts: { items: 'accounts' } },
    SiteConnection: {
      // Count Sites, only when selected.
      totalCount: { calls: 1 },
      nodes: { items: 'page' },
      edges: { items: 'page' },
    },
    PackageConnection: {
      // Query Packages with offset paging (its metadata carries the total), only when selected.
      totalCount: { calls: 1 },
      nodes: { items: 'page' },
      edges: { items: 'page' },
    },
    Site: {
      // The three share one read of the site's packages.
      productInstances: { batch: PACKAGES_OF_SITE, items: TYPICAL_INSTANCES },
      transferBlockers: { batch: PACKAGES_OF_SITE, items: TYPICAL_INSTANCES },
      transferable: { batch: PACKAGES_OF_SITE },
    },
    Package: { productInstances: { items: TYPICAL_INSTANCES } },
    ProductInstance: {
      // Query Sites under the package's owner, one per owner and 100 sites; the
      // resolver starts the sites' package reads at once, so they are one batch too.
      site: { batch: { loader: 'siteById', key: 'parent', account: 'owner' } },
    },
    Mutation: {
      // One Resellers write each; it answers the package, so the payload reads nothing more.
      createPackage: { calls: 1 },
      cancelPackage: { calls: 1 },
      updatePackageExternalId: { calls: 1 },
      assignInstance: { calls: 1 },
      unassignInstance: { calls: 1 },
      adjustInstance: { calls: 1 },
      cancelInstance: { calls: 1 },
      // The instance's package, both sites in one Query Sites, Assign (whose answer verifies it).
      // A failed move adds a re-read, the restore and a re-read: not priced.
      reassignInstance: { calls: 3 },
      // The site, the packages on it (the blockers), Transfer Site, the site re-read in the target.
      transferSite: { calls: 4 },
    },
    ReassignInstancePayload: {
      fromSite: { batch: { loader: 'siteById', key: 'field', account: 'acted' } },
      toSite: { batch: { loader: 'siteById', key: 'field', account: 'acted' } },
    },
  },
};
