import type { Package as WirePackage } from '../../src/wix-api/types.js';
import {
  PackageDocument,
  PackagesDocument,
  PackagesWithLinksDocument,
  ProductInstanceDocument,
} from '../generated/graphql.js';
import {
  ACCOUNTS,
  INSTANCES,
  PACKAGES,
  PRODUCTS,
  SITES,
  summarize,
  UNKNOWN_ID,
  useGateway,
} from '../harness.js';

const gateway = useGateway();

async function upstreamPackages(account: string, filter: object = {}): Promise<WirePackage[]> {
  const body = (await gateway.upstream('POST', '/resellers/v1/packages/query', account, {
    query: { filter, cursorPaging: { limit: 100 } },
  })) as { packages: WirePackage[] };
  return body.packages;
}

/** Creates a package directly upstream (as another Wix client would), for volume. */
async function createUpstreamPackage(siteId?: string): Promise<void> {
  const body = (await gateway.upstream('POST', '/resellers/v2/packages', ACCOUNTS.reseller, {
    products: [{ catalogProductId: PRODUCTS.logoOneTime, countryCode: 'US', siteId }],
  })) as { package?: unknown };
  if (!body.package) throw new Error(`seed package not created: ${JSON.stringify(body)}`);
}

describe('package(id)', () => {
  it('returns the upstream package with every instance field and its site link', async () => {
    const [wire] = await upstreamPackages(ACCOUNTS.reseller, {
      id: { $in: [PACKAGES.resellerFailedAscend] },
    });
    const response = await gateway.execute(PackageDocument, { id: PACKAGES.resellerFailedAscend });
    expect(response).toEqual({
      status: 200,
      data: {
        package: {
          id: wire.id,
          accountId: wire.accountId,
          externalId: wire.externalId ?? null,
          createdDate: wire.createdDate,
          updatedDate: wire.updatedDate,
          productInstances: wire.productInstances.map((i) => ({
            id: i.instanceId,
            catalogProductId: i.catalogProductId,
            status: i.status,
            failure: i.failure
              ? { code: i.failure.code, message: i.failure.message ?? null }
              : null,
            billingInfo: i.billingInfo
              ? {
                  type: i.billingInfo.type,
                  cycleDuration: i.billingInfo.cycleDuration
                    ? {
                        unit: i.billingInfo.cycleDuration.unit,
                        count: i.billingInfo.cycleDuration.count ?? null,
                      }
                    : null,
                }
              : null,
            countryCode: i.countryCode ?? null,
            discountCode: i.discountCode ?? null,
            expirationDate: i.expirationDate ?? null,
            referenceProductInstanceId: i.referenceProductInstanceId ?? null,
            createdDate: i.createdDate,
            updatedDate: i.updatedDate,
            site: i.siteId ? { id: i.siteId } : null,
          })),
        },
      },
    });
    expect(response.data?.package?.productInstances[0]).toMatchObject({
      status: 'FAILED',
      failure: { code: 'DELIVERY_TIMEOUT' },
    });
  });

  it("finds a customer sub-account's package from the reseller account (Query Packages spans the family)", async () => {
    const response = await gateway.execute(PackageDocument, { id: PACKAGES.customerBUnlimited });
    expect(response.data?.package).toMatchObject({
      id: PACKAGES.customerBUnlimited,
      accountId: ACCOUNTS.customerB,
    });
  });

  it("answers NOT_FOUND for another family's package", async () => {
    const response = await gateway.execute(PackageDocument, { id: PACKAGES.outsiderVip });
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: `Package "${PACKAGES.outsiderVip}" was not found in account "${ACCOUNTS.reseller}"`,
        extensions: {
          code: 'NOT_FOUND',
          fieldViolations: [
            {
              field: 'id',
              reason: 'PACKAGE_NOT_FOUND',
              description: 'is not a package of the account family',
            },
          ],
        },
      }),
    ]);
  });
});

describe('productInstance(id)', () => {
  it('returns the instance with its site and package', async () => {
    const response = await gateway.execute(ProductInstanceDocument, {
      id: INSTANCES.unlimitedOnCustomerBRestaurant,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.productInstance).toMatchObject({
      id: INSTANCES.unlimitedOnCustomerBRestaurant,
      catalogProductId: PRODUCTS.businessUnlimited,
      site: { id: SITES.customerBRestaurant },
      package: { id: PACKAGES.customerBUnlimited, accountId: ACCOUNTS.customerB },
    });
  });

  it('gives a floating instance a null site', async () => {
    const response = await gateway.execute(ProductInstanceDocument, {
      id: INSTANCES.floatingUnlimited,
    });
    expect(response.data?.productInstance).toMatchObject({
      site: null,
      status: expect.any(String),
    });
  });

  it('answers NOT_FOUND for an unknown instance', async () => {
    const response = await gateway.execute(ProductInstanceDocument, { id: UNKNOWN_ID });
    expect(response.errors?.[0]).toMatchObject({
      message: `Product instance "${UNKNOWN_ID}" was not found in account "${ACCOUNTS.reseller}"`,
      extensions: {
        code: 'NOT_FOUND',
        fieldViolations: [
          {
            field: 'id',
            reason: 'PRODUCT_INSTANCE_NOT_FOUND',
            description: 'is not a product instance of the account family',
          },
        ],
      },
    });
  });
});

describe('packages', () => {
  it('walks every page of the family, newest first, each package once', async () => {
    const all = await upstreamPackages(ACCOUNTS.reseller);
    const seen: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const response = await gateway.execute(PackagesDocument, { first: 2, after });
      expect(response.errors).toBeUndefined();
      seen.push(...response.data!.packages.nodes.map((n) => n.id));
      if (!response.data!.packages.pageInfo.hasNextPage) break;
      after = response.data!.packages.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.map((p) => p.id));
    expect(seen).not.toContain(PACKAGES.outsiderVip);
  });

  it('filters by status, site, catalog product, owner and creation time', async () => {
    const ids = async (filter: object) =>
      (await gateway.execute(PackagesDocument, { filter })).data!.packages.nodes.map((n) => n.id);

    expect(await ids({ statuses: ['FAILED'] })).toEqual([PACKAGES.resellerFailedAscend]);
    expect(await ids({ siteIds: [SITES.customerAShop] })).toEqual(
      expect.arrayContaining([PACKAGES.customerABasic, PACKAGES.customerADomainAwaiting]),
    );
    expect(await ids({ catalogProductIds: [PRODUCTS.ascendFails] })).toEqual([
      PACKAGES.resellerFailedAscend,
    ]);
    expect((await ids({ accountIds: [ACCOUNTS.customerB] })).sort()).toEqual(
      (await upstreamPackages(ACCOUNTS.reseller, { accountId: ACCOUNTS.customerB }))
        .map((p) => p.id)
        .sort(),
    );
    expect(await ids({ createdAfter: '2100-01-01T00:00:00Z' })).toEqual([]);
  });

  it('sorts oldest first on request', async () => {
    const response = await gateway.execute(PackagesDocument, {
      sort: [{ field: 'CREATED_DATE', order: 'ASC' }],
      first: 100,
    });
    const newestFirst = (await upstreamPackages(ACCOUNTS.reseller)).map((p) => p.id);
    expect(response.data!.packages.nodes.map((n) => n.id)).toEqual([...newestFirst].reverse());
  });
});

describe('upstream calls of nested queries', () => {
  const nestedCalls = async (first: number) => {
    await gateway.clearUpstreamCalls();
    const response = await gateway.execute(PackagesWithLinksDocument, { first });
    expect(response.errors).toBeUndefined();
    return { response, calls: summarize(await gateway.upstreamCalls()).sort() };
  };

  /**
   * The fewest calls Wix allows for a page of packages with every instance's
   * site and transferability: the page; one Query Sites per account owning a
   * site on the page (Query Sites lists one account's sites only,
   * docs/wix-api.md "Authentication and headers");
   * one Query Packages for all those sites' instances (it spans the family).
   */
  const fewestCalls = async (first: number) => {
    const page = (await upstreamPackages(ACCOUNTS.reseller)).slice(0, first);
    const owners = new Set(
      page.filter((p) => p.productInstances.some((i) => i.siteId)).map((p) => p.accountId),
    );
    return [
      `POST /resellers/v1/packages/query ${ACCOUNTS.reseller}`,
      ...[...owners].map((a) => `POST /site-list/v2/sites/query ${a}`),
      ...(owners.size ? [`POST /resellers/v1/packages/query ${ACCOUNTS.reseller}`] : []),
    ].sort();
  };

  it('loads a page of packages with every instance’s site, package and transferability in the fewest calls Wix allows, at page sizes 5 and 50', async () => {
    // The seed: packages of three owning accounts (reseller, customers A and B).
    expect(await fewestCalls(50)).toHaveLength(5);
    for (const first of [5, 50]) {
      expect((await nestedCalls(first)).calls).toEqual(await fewestCalls(first));
    }

    // Fill the page to 50 packages, 10 of them on distinct sites.
    const sites = [
      SITES.bakeryDraft,
      SITES.yogaStudio,
      SITES.lawFirm,
      SITES.cafeMenu,
      SITES.photoPortfolio,
      SITES.weddingPlanner,
      SITES.studioLanding,
      SITES.templateSandbox,
      SITES.marketingBlog,
      SITES.dentalClinic,
    ];
    const already = (await upstreamPackages(ACCOUNTS.reseller)).length;
    for (let i = already; i < 50; i++) await createUpstreamPackage(sites[i - already]);

    const full = await nestedCalls(50);
    expect(full.response.data!.packages.nodes).toHaveLength(50);
    expect(full.calls).toEqual(await fewestCalls(50));
    expect(full.calls).toHaveLength(5);
    const sitesSeen = full.response
      .data!.packages.nodes.flatMap((p) => p.productInstances)
      .filter((i) => i.site);
    expect(sitesSeen.length).toBeGreaterThanOrEqual(20);
    expect(sitesSeen.every((i) => i.package.id)).toBe(true);

    // The newest 5 are floating logos: the page is all there is to read.
    const small = await nestedCalls(5);
    expect(small.calls).toEqual(await fewestCalls(5));
    expect(small.calls).toHaveLength(1);
  });

  it('loads one package with its instances’ sites in two calls', async () => {
    await gateway.clearUpstreamCalls();
    const response = await gateway.execute(PackageDocument, { id: PACKAGES.customerBUnlimited });
    expect(response.errors).toBeUndefined();
    expect(summarize(await gateway.upstreamCalls())).toEqual([
      `POST /resellers/v1/packages/query ${ACCOUNTS.reseller}`,
      `POST /site-list/v2/sites/query ${ACCOUNTS.customerB}`,
    ]);
  });
});
