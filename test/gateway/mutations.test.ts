import {
  AdjustInstanceDocument,
  AssignInstanceDocument,
  CancelInstanceDocument,
  CancelPackageDocument,
  CreatePackageDocument,
  UnassignInstanceDocument,
  UpdatePackageExternalIdDocument,
} from '../generated/graphql.js';
import {
  ACCOUNTS,
  INSTANCES,
  PACKAGES,
  PRODUCTS,
  SITES,
  summarize,
  useGateway,
} from '../harness.js';

const gateway = useGateway();

describe('package mutations', () => {
  it('createPackage provisions floating and assigned instances, PENDING, with one upstream write', async () => {
    const response = await gateway.execute(CreatePackageDocument, {
      input: {
        idempotencyKey: 'create-1',
        products: [
          { catalogProductId: PRODUCTS.logoOneTime, countryCode: 'DE' },
          {
            catalogProductId: PRODUCTS.businessBasic,
            siteId: SITES.yogaStudio,
            countryCode: 'FR',
            discountCode: 'SPRING',
            billingInfo: { type: 'RECURRING', cycleDuration: { unit: 'MONTH', count: 1 } },
          },
        ],
      },
    });
    expect(response.errors).toBeUndefined();
    const pkg = response.data!.createPackage.package;
    expect(pkg).toMatchObject({
      accountId: ACCOUNTS.reseller,
      externalId: null,
      productInstances: [
        {
          catalogProductId: PRODUCTS.logoOneTime,
          status: 'PENDING',
          countryCode: 'DE',
          site: null,
        },
        {
          catalogProductId: PRODUCTS.businessBasic,
          status: 'PENDING',
          countryCode: 'FR',
          discountCode: 'SPRING',
          site: { id: SITES.yogaStudio },
        },
      ],
    });
    // The write, then one Query Sites for the payload's site link.
    const calls = await gateway.upstreamCalls();
    expect(calls.map((c) => `${c.method} ${c.path} ${c.idempotencyKey ?? '-'}`)).toEqual([
      'POST /resellers/v2/packages create-1',
      'POST /site-list/v2/sites/query -',
    ]);
  });

  it('updatePackageExternalId returns the package with its new external ID', async () => {
    const response = await gateway.execute(UpdatePackageExternalIdDocument, {
      id: PACKAGES.resellerPendingBasic,
      externalId: 'crm/4711',
    });
    expect(response).toEqual({
      status: 200,
      data: {
        updatePackageExternalId: {
          package: { id: PACKAGES.resellerPendingBasic, externalId: 'crm/4711' },
        },
      },
    });
  });

  it('cancelPackage cancels every instance of the package', async () => {
    const response = await gateway.execute(CancelPackageDocument, {
      id: PACKAGES.customerBUnlimited,
      accountId: ACCOUNTS.customerB,
    });
    expect(response.errors).toBeUndefined();
    const statuses = response.data!.cancelPackage.package.productInstances.map((i) => i.status);
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['CANCELED']));
  });
});

describe('instance mutations', () => {
  it('assignInstance puts a floating instance on a site, which becomes premium', async () => {
    const response = await gateway.execute(AssignInstanceDocument, {
      instanceId: INSTANCES.floatingBasic,
      siteId: SITES.yogaStudio,
    });
    expect(response.data).toEqual({
      assignInstance: {
        instance: {
          id: INSTANCES.floatingBasic,
          status: expect.any(String),
          site: { id: SITES.yogaStudio, premium: true },
        },
      },
    });
  });

  it('unassignInstance leaves the instance floating', async () => {
    const response = await gateway.execute(UnassignInstanceDocument, {
      instanceId: INSTANCES.vipOnAgencyPortfolio,
    });
    expect(response.data).toEqual({
      unassignInstance: { instance: { id: INSTANCES.vipOnAgencyPortfolio, site: null } },
    });
  });

  it('adjustInstance upgrades the product and changes the billing cycle', async () => {
    const response = await gateway.execute(AdjustInstanceDocument, {
      instanceId: INSTANCES.unlimitedOnDentalClinic,
      catalogProductId: PRODUCTS.businessVip,
      billingInfo: { type: 'RECURRING', cycleDuration: { unit: 'YEAR', count: 2 } },
    });
    expect(response).toEqual({
      status: 200,
      data: {
        adjustInstance: {
          instance: {
            id: INSTANCES.unlimitedOnDentalClinic,
            catalogProductId: PRODUCTS.businessVip,
            billingInfo: { type: 'RECURRING', cycleDuration: { unit: 'YEAR', count: 2 } },
          },
        },
      },
    });
  });

  it('cancelInstance cancels only that instance, with one DELETE', async () => {
    await gateway.clearUpstreamCalls();
    const response = await gateway.execute(CancelInstanceDocument, {
      instanceId: INSTANCES.mailboxOnCustomerBRestaurant,
      accountId: ACCOUNTS.customerB,
    });
    expect(response.data).toEqual({
      cancelInstance: {
        instance: {
          id: INSTANCES.mailboxOnCustomerBRestaurant,
          status: 'CANCELED',
          package: { id: PACKAGES.customerBUnlimited },
        },
      },
    });
    expect(summarize(await gateway.upstreamCalls())).toEqual([
      `DELETE /resellers/v1/packages/product-instances/${INSTANCES.mailboxOnCustomerBRestaurant} ${ACCOUNTS.customerB}`,
    ]);
  });
});
