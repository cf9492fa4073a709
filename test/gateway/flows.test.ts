import {
  CreatePackageDocument,
  ReassignInstanceDocument,
  SiteDocument,
  TransferSiteDocument,
} from '../generated/graphql.js';
import { ACCOUNTS, INSTANCES, PRODUCTS, SITES, summarize, useGateway } from '../harness.js';

const gateway = useGateway();

describe('flow 1: build in the team account, transfer, then add paid services', () => {
  it('transfers a site without paid services to a customer and provisions a package on it there', async () => {
    const before = await gateway.execute(SiteDocument, { id: SITES.bakeryDraft });
    expect(before.data?.site).toMatchObject({ transferable: true, productInstances: [] });
    await gateway.clearUpstreamCalls();

    const transfer = await gateway.execute(TransferSiteDocument, {
      input: { siteId: SITES.bakeryDraft, toAccountId: ACCOUNTS.customerC, notifyOwner: true },
    });
    expect(transfer).toEqual({
      status: 200,
      data: {
        transferSite: {
          site: { id: SITES.bakeryDraft, ownerAccountId: ACCOUNTS.customerC, transferable: true },
        },
      },
    });
    // Pre-checks under the source, the transfer under the target (header), re-read under the target.
    expect(summarize(await gateway.upstreamCalls())).toEqual([
      `POST /site-list/v2/sites/query ${ACCOUNTS.reseller}`,
      `POST /resellers/v1/packages/query ${ACCOUNTS.reseller}`,
      `POST /b2b-site-management/v1/transfer-site ${ACCOUNTS.customerC}`,
      `POST /site-list/v2/sites/query ${ACCOUNTS.customerC}`,
      `POST /resellers/v1/packages/query ${ACCOUNTS.customerC}`,
    ]);

    const created = await gateway.execute(CreatePackageDocument, {
      accountId: ACCOUNTS.customerC,
      input: {
        externalId: 'sub-2024-0042',
        idempotencyKey: 'flow-1-bakery',
        products: [
          {
            catalogProductId: PRODUCTS.businessVip,
            siteId: SITES.bakeryDraft,
            countryCode: 'us',
            billingInfo: { type: 'RECURRING', cycleDuration: { unit: 'YEAR', count: 1 } },
          },
        ],
      },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createPackage.package).toMatchObject({
      accountId: ACCOUNTS.customerC,
      externalId: 'sub-2024-0042',
      productInstances: [
        {
          catalogProductId: PRODUCTS.businessVip,
          status: 'PENDING',
          countryCode: 'US',
          billingInfo: { type: 'RECURRING', cycleDuration: { unit: 'YEAR', count: 1 } },
          site: { id: SITES.bakeryDraft },
        },
      ],
    });

    const after = await gateway.execute(SiteDocument, {
      id: SITES.bakeryDraft,
      accountId: ACCOUNTS.customerC,
    });
    expect(after.data?.site).toMatchObject({
      ownerAccountId: ACCOUNTS.customerC,
      transferable: false,
      productInstances: [{ status: 'PENDING' }],
    });
  });

  it('refuses up front to transfer a site with paid services, naming them, without calling Transfer Site', async () => {
    const response = await gateway.execute(TransferSiteDocument, {
      input: { siteId: SITES.dentalClinic, toAccountId: ACCOUNTS.customerA },
    });
    expect(response.errors).toEqual([
      {
        message: `Site "${SITES.dentalClinic}" cannot be transferred: it holds paid services "${INSTANCES.unlimitedOnDentalClinic}" (ENABLED), "${INSTANCES.domainOnDentalClinic}" (ENABLED); cancel or move them first`,
        locations: [{ line: 2, column: 3 }],
        path: ['transferSite'],
        extensions: {
          code: 'FAILED_PRECONDITION',
          upstreamCode: 'SITE_TRANSFER_NOT_SUPPORTED',
          blockingInstanceIds: [INSTANCES.unlimitedOnDentalClinic, INSTANCES.domainOnDentalClinic],
        },
      },
    ]);
    const calls = summarize(await gateway.upstreamCalls());
    expect(calls.some((c) => c.includes('transfer-site'))).toBe(false);
  });
});

describe('flow 2: move a paid service to another site', () => {
  it('moves an instance with one Assign call, verified by its answer, and reports both sites re-read in one call', async () => {
    await gateway.clearUpstreamCalls();
    const response = await gateway.execute(ReassignInstanceDocument, {
      instanceId: INSTANCES.basicOnCustomerAShop,
      toSiteId: SITES.customerABlog,
      accountId: ACCOUNTS.customerA,
    });
    expect(response).toEqual({
      status: 200,
      data: {
        reassignInstance: {
          instance: {
            id: INSTANCES.basicOnCustomerAShop,
            status: expect.any(String),
            site: { id: SITES.customerABlog },
          },
          fromSite: { id: SITES.customerAShop, premium: false },
          toSite: { id: SITES.customerABlog, premium: true },
        },
      },
    });
    // Checks (the instance, both sites), the move, then both sites re-read
    // together with the instance's site. Assign answers the whole package
    // after the change, so a successful move needs no Get Package.
    expect(summarize(await gateway.upstreamCalls())).toEqual([
      `POST /resellers/v1/packages/query ${ACCOUNTS.customerA}`,
      `POST /site-list/v2/sites/query ${ACCOUNTS.customerA}`,
      `PATCH /resellers/v1/packages/product-instances/${INSTANCES.basicOnCustomerAShop}/${SITES.customerABlog} ${ACCOUNTS.customerA}`,
      `POST /site-list/v2/sites/query ${ACCOUNTS.customerA}`,
    ]);
  });
});
