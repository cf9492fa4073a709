import type { Cycle, Package, ProductInstance } from '../../src/wix-api/types.js';
import {
  ACCOUNTS,
  anyDate,
  applicationError,
  createSeedState,
  INSTANCES,
  outcome,
  PACKAGES,
  PRODUCTS,
  seedPackage,
  SITES,
  UNKNOWN_ID,
  useEmulator,
  validationError,
} from './harness.js';

const h = useEmulator();

const instancePath = (id: string) => `/resellers/v1/packages/product-instances/${id}`;
const assignPath = (id: string, siteId: string) => `${instancePath(id)}/${siteId}`;
const unassignPath = (id: string) => `${instancePath(id)}/unassign`;

const YEARLY: Cycle = { type: 'RECURRING', cycleDuration: { unit: 'YEAR', count: 1 } };
const BIENNIAL: Cycle = { type: 'RECURRING', cycleDuration: { unit: 'YEAR', count: 2 } };

/** The seed package with one instance changed as a mutation should change it. */
function expectedPackage(
  packageId: string,
  instanceId: string,
  change: (i: ProductInstance) => ProductInstance,
): Package {
  const pkg = seedPackage(packageId);
  return {
    ...pkg,
    updatedDate: anyDate(),
    productInstances: pkg.productInstances.map((i) =>
      i.instanceId === instanceId ? { ...change(i), updatedDate: anyDate() } : i,
    ),
  };
}

/** An error body with every occurrence of `id` masked, to compare "not yours" with "not there". */
const masked = (body: unknown, id: string) => JSON.parse(JSON.stringify(body).replaceAll(id, 'ID'));

describe('Assign Product Instance To Site', () => {
  it('assigns a floating instance and returns the whole package', async () => {
    const res = await h.call('PATCH', assignPath(INSTANCES.floatingUnlimited, SITES.bakeryDraft), {
      body: { idempotencyKey: 'assign-1' },
    });
    expect(outcome(res)).toEqual({
      status: 200,
      body: {
        idempotencyKey: 'assign-1',
        package: {
          ...expectedPackage(PACKAGES.resellerFloating, INSTANCES.floatingUnlimited, (i) => ({
            ...i,
            siteId: SITES.bakeryDraft,
          })),
          parentAccountId: ACCOUNTS.reseller,
        },
      },
    });
    expect((await h.storedSite(SITES.bakeryDraft)).premium).toBe(true);
  });

  it('moves an assigned instance straight to another site, without an unassign', async () => {
    const res = await h.call('PATCH', assignPath(INSTANCES.vipOnAgencyPortfolio, SITES.yogaStudio));
    expect(outcome(res)).toEqual({
      status: 200,
      body: {
        package: {
          ...expectedPackage(
            PACKAGES.resellerVipAndMailbox,
            INSTANCES.vipOnAgencyPortfolio,
            (i) => ({ ...i, siteId: SITES.yogaStudio }),
          ),
          parentAccountId: ACCOUNTS.reseller,
        },
      },
    });
    const [oldSite, newSite] = [
      await h.storedSite(SITES.agencyPortfolio),
      await h.storedSite(SITES.yogaStudio),
    ];
    expect([oldSite.premium, newSite.premium]).toEqual([false, true]);
  });

  it('answers 200 and changes nothing when the instance is already on that site', async () => {
    const res = await h.call(
      'PATCH',
      assignPath(INSTANCES.vipOnAgencyPortfolio, SITES.agencyPortfolio),
    );
    expect(outcome(res)).toEqual({
      status: 200,
      body: {
        package: {
          ...seedPackage(PACKAGES.resellerVipAndMailbox),
          parentAccountId: ACCOUNTS.reseller,
        },
      },
    });
  });

  it('refuses a site that already holds a live instance of the same product type (428)', async () => {
    const res = await h.call('PATCH', assignPath(INSTANCES.floatingBasic, SITES.agencyPortfolio));
    expect(outcome(res)).toEqual({
      status: 428,
      body: applicationError('PRODUCT_TYPE_ALREADY_ASSIGNED'),
    });
    expect(await h.storedPackage(PACKAGES.resellerFloating)).toEqual(
      seedPackage(PACKAGES.resellerFloating),
    );
  });

  it('refuses a domain on a site without a Premium plan (PRODUCT_NOT_SUPPORTED_ON_SITE, 428)', async () => {
    const res = await h.call(
      'PATCH',
      assignPath(INSTANCES.domainOnDentalClinic, SITES.bakeryDraft),
    );
    expect(outcome(res)).toEqual({
      status: 428,
      body: applicationError('PRODUCT_NOT_SUPPORTED_ON_SITE'),
    });
  });

  it("answers another account's site exactly like a missing one (SITE_NOT_FOUND, 404)", async () => {
    const foreign = await h.call(
      'PATCH',
      assignPath(INSTANCES.floatingUnlimited, SITES.outsiderShop),
    );
    const missing = await h.call('PATCH', assignPath(INSTANCES.floatingUnlimited, UNKNOWN_ID));
    expect(outcome(foreign)).toEqual({ status: 404, body: applicationError('SITE_NOT_FOUND') });
    expect(masked(foreign.body, SITES.outsiderShop)).toEqual(masked(missing.body, UNKNOWN_ID));
    expect(await h.storedPackage(PACKAGES.resellerFloating)).toEqual(
      seedPackage(PACKAGES.resellerFloating),
    );
  });

  it("answers another account's instance exactly like a missing one (PRODUCT_INSTANCE_NOT_FOUND, 428)", async () => {
    const foreign = await h.call(
      'PATCH',
      assignPath(INSTANCES.vipOnOutsiderShop, SITES.bakeryDraft),
    );
    const missing = await h.call('PATCH', assignPath(UNKNOWN_ID, SITES.bakeryDraft));
    expect(outcome(foreign)).toEqual({
      status: 428,
      body: applicationError('PRODUCT_INSTANCE_NOT_FOUND'),
    });
    expect(masked(foreign.body, INSTANCES.vipOnOutsiderShop)).toEqual(
      masked(missing.body, UNKNOWN_ID),
    );
  });

  it.each([
    ['CANCELED', INSTANCES.canceledMailbox],
    ['FAILED', INSTANCES.failedAscendOnCafeMenu],
  ])(
    'refuses a %s instance with 428 INCOMPATIBLE_PRODUCT_INSTANCE_STATUS',
    async (_s, instanceId) => {
      const res = await h.call('PATCH', assignPath(instanceId, SITES.bakeryDraft));
      expect(outcome(res)).toEqual({
        status: 428,
        body: applicationError('INCOMPATIBLE_PRODUCT_INSTANCE_STATUS'),
      });
    },
  );

  it('answers a siteId that is not a GUID with 400', async () => {
    const res = await h.call('PATCH', assignPath(INSTANCES.floatingUnlimited, 'my-site'));
    expect(outcome(res)).toEqual({ status: 400, body: validationError('siteId') });
  });

  it('answers an unknown account with 404 ACCOUNT_NOT_FOUND', async () => {
    const res = await h.call('PATCH', assignPath(INSTANCES.floatingUnlimited, SITES.bakeryDraft), {
      account: UNKNOWN_ID,
    });
    expect(outcome(res)).toEqual({ status: 404, body: applicationError('ACCOUNT_NOT_FOUND') });
  });
});

describe('Unassign Product Instance From Site', () => {
  it('makes the instance floating and returns the whole package', async () => {
    const res = await h.call('PATCH', unassignPath(INSTANCES.unlimitedOnDentalClinic), {
      body: { idempotencyKey: 'unassign-1' },
    });
    expect(outcome(res)).toEqual({
      status: 200,
      body: {
        idempotencyKey: 'unassign-1',
        package: {
          ...expectedPackage(
            PACKAGES.resellerUnlimitedWithDomain,
            INSTANCES.unlimitedOnDentalClinic,
            ({ siteId: _siteId, ...rest }) => rest,
          ),
          parentAccountId: ACCOUNTS.reseller,
        },
      },
    });
    expect(res.body.package.productInstances[0]).not.toHaveProperty('siteId');
  });

  it('takes the premium flag off the site it leaves', async () => {
    await h.call('PATCH', unassignPath(INSTANCES.vipOnAgencyPortfolio));
    expect((await h.storedSite(SITES.agencyPortfolio)).premium).toBe(false);
  });

  it('answers an instance that is already floating with 428 MISSING_SITE_ID', async () => {
    const res = await h.call('PATCH', unassignPath(INSTANCES.floatingBasic));
    expect(outcome(res)).toEqual({ status: 428, body: applicationError('MISSING_SITE_ID') });
  });

  it('answers an unknown instance with 428 PRODUCT_INSTANCE_NOT_FOUND', async () => {
    const res = await h.call('PATCH', unassignPath(UNKNOWN_ID));
    expect(outcome(res)).toEqual({
      status: 428,
      body: applicationError('PRODUCT_INSTANCE_NOT_FOUND'),
    });
  });

  it("answers another account's instance like a missing one and leaves it assigned", async () => {
    const res = await h.call('PATCH', unassignPath(INSTANCES.vipOnOutsiderShop));
    expect(outcome(res)).toEqual({
      status: 428,
      body: applicationError('PRODUCT_INSTANCE_NOT_FOUND'),
    });
    expect(await h.storedPackage(PACKAGES.outsiderVip)).toEqual(seedPackage(PACKAGES.outsiderVip));
  });

  it("refuses a sub-account's instance when the header names the parent", async () => {
    const res = await h.call('PATCH', unassignPath(INSTANCES.basicOnCustomerAShop));
    expect(outcome(res)).toEqual({
      status: 428,
      body: applicationError('PRODUCT_INSTANCE_NOT_FOUND'),
    });
  });

  it('answers an unknown account with 404 ACCOUNT_NOT_FOUND', async () => {
    const res = await h.call('PATCH', unassignPath(INSTANCES.vipOnAgencyPortfolio), {
      account: UNKNOWN_ID,
    });
    expect(outcome(res)).toEqual({ status: 404, body: applicationError('ACCOUNT_NOT_FOUND') });
  });

  it('answers an instanceId that is not a GUID with 400', async () => {
    const res = await h.call('PATCH', unassignPath('abc'));
    expect(outcome(res)).toEqual({ status: 400, body: validationError('instanceId') });
  });
});

describe('parentAccountId on Assign and Unassign answers', () => {
  it("names the family's main account for a sub-account's package, as Wix's examples show", async () => {
    const unassign = await h.call('PATCH', unassignPath(INSTANCES.basicOnCustomerAShop), {
      account: ACCOUNTS.customerA,
    });
    const assign = await h.call(
      'PATCH',
      assignPath(INSTANCES.basicOnCustomerAShop, SITES.customerABlog),
      { account: ACCOUNTS.customerA },
    );
    const packages = [unassign.body.package, assign.body.package];
    expect(packages.map((p) => [p.accountId, p.parentAccountId])).toEqual([
      [ACCOUNTS.customerA, ACCOUNTS.reseller],
      [ACCOUNTS.customerA, ACCOUNTS.reseller],
    ]);
  });

  it('is not stored: Get Package and Cancel answer without it', async () => {
    await h.call('PATCH', unassignPath(INSTANCES.vipOnAgencyPortfolio));
    const get = await h.call('GET', `/resellers/v1/packages/${PACKAGES.resellerVipAndMailbox}`);
    const cancel = await h.call('DELETE', instancePath(INSTANCES.vipOnAgencyPortfolio));
    expect(get.body.package).not.toHaveProperty('parentAccountId');
    expect(cancel.body.package).not.toHaveProperty('parentAccountId');
  });
});

describe("A Premium plan's domain (the documented cascade)", () => {
  const siteOf = (id: string) => h.storedSite(id);
  const domainSearch = (account: string, domain: string) =>
    h.call('POST', '/site-list/v2/sites/count', { account, body: { filter: { name: domain } } });

  it('is disconnected when the plan is unassigned', async () => {
    await h.call('PATCH', unassignPath(INSTANCES.unlimitedOnCustomerBRestaurant), {
      account: ACCOUNTS.customerB,
    });
    const site = await siteOf(SITES.customerBRestaurant);
    expect([site.premium, site.domainConnected]).toEqual([false, false]);
    expect((await domainSearch(ACCOUNTS.customerB, 'latrattoria.it')).body).toEqual({ count: 0 });
  });

  it('is disconnected when the plan is cancelled', async () => {
    await h.call('DELETE', instancePath(INSTANCES.vipOnAgencyPortfolio));
    const site = await siteOf(SITES.agencyPortfolio);
    expect([site.premium, site.domainConnected]).toEqual([false, false]);
  });

  it("is disconnected when the plan's package is cancelled", async () => {
    await h.call('DELETE', `/resellers/v1/packages/${PACKAGES.resellerUnlimitedWithDomain}`);
    const site = await siteOf(SITES.dentalClinic);
    expect([site.premium, site.domainConnected]).toEqual([false, false]);
  });

  it('is disconnected when Assign moves the plan to another site, and stays so when it comes back', async () => {
    await h.call('PATCH', assignPath(INSTANCES.vipOnAgencyPortfolio, SITES.yogaStudio));
    const moved = await siteOf(SITES.agencyPortfolio);
    await h.call('PATCH', assignPath(INSTANCES.vipOnAgencyPortfolio, SITES.agencyPortfolio));
    const back = await siteOf(SITES.agencyPortfolio);
    expect([moved.domainConnected, back.premium, back.domainConnected]).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('stays connected while another plan change keeps the site Premium', async () => {
    await h.call('PATCH', instancePath(INSTANCES.vipOnAgencyPortfolio), {
      body: { catalogProductId: PRODUCTS.businessUnlimited },
    });
    const site = await siteOf(SITES.agencyPortfolio);
    expect([site.premium, site.domainConnected]).toEqual([true, true]);
  });
});

describe('Adjust Product Instance Specifications', () => {
  it('upgrades to another product of the same type and returns the whole package', async () => {
    const res = await h.call('PATCH', instancePath(INSTANCES.unlimitedOnDentalClinic), {
      body: { idempotencyKey: 'adjust-1', catalogProductId: PRODUCTS.businessVip },
    });
    expect(outcome(res)).toEqual({
      status: 200,
      body: {
        idempotencyKey: 'adjust-1',
        package: expectedPackage(
          PACKAGES.resellerUnlimitedWithDomain,
          INSTANCES.unlimitedOnDentalClinic,
          (i) => ({ ...i, catalogProductId: PRODUCTS.businessVip }),
        ),
      },
    });
  });

  it('changes the billing cycle to another one the product supports', async () => {
    const res = await h.call('PATCH', instancePath(INSTANCES.vipOnAgencyPortfolio), {
      body: { billingInfo: BIENNIAL },
    });
    expect(outcome(res)).toEqual({
      status: 200,
      body: {
        package: expectedPackage(
          PACKAGES.resellerVipAndMailbox,
          INSTANCES.vipOnAgencyPortfolio,
          (i) => ({ ...i, billingInfo: BIENNIAL }),
        ),
      },
    });
  });

  it('records a discount code sent together with a new product', async () => {
    const res = await h.call('PATCH', instancePath(INSTANCES.floatingUnlimited), {
      body: { catalogProductId: PRODUCTS.businessBasic, discountCode: 'UPGRADE10' },
    });
    const instance = res.body.package.productInstances.find(
      (i: ProductInstance) => i.instanceId === INSTANCES.floatingUnlimited,
    );
    expect(instance).toEqual(
      expect.objectContaining({
        catalogProductId: PRODUCTS.businessBasic,
        discountCode: 'UPGRADE10',
      }),
    );
  });

  it('persists the change, as Get Package shows', async () => {
    const res = await h.call('PATCH', instancePath(INSTANCES.vipOnAgencyPortfolio), {
      body: { billingInfo: YEARLY, catalogProductId: PRODUCTS.businessUnlimited },
    });
    const got = await h.call('GET', `/resellers/v1/packages/${PACKAGES.resellerVipAndMailbox}`);
    expect(got.body).toEqual({ package: res.body.package });
  });

  it.each<[string, number, string, Record<string, unknown>]>([
    ['PRODUCT_NOT_FOUND', 404, INSTANCES.vipOnAgencyPortfolio, { catalogProductId: UNKNOWN_ID }],
    [
      'INCOMPATIBLE_PRODUCT',
      428,
      INSTANCES.vipOnAgencyPortfolio,
      { catalogProductId: PRODUCTS.workspaceMailbox },
    ],
    [
      'INVALID_PRODUCTS',
      428,
      INSTANCES.vipOnAgencyPortfolio,
      { catalogProductId: PRODUCTS.legacyNotResellable },
    ],
    [
      'OPERATION_NOT_SUPPORTED_FOR_PRODUCT',
      428,
      INSTANCES.domainOnDentalClinic,
      { billingInfo: YEARLY },
    ],
    [
      'INCOMPATIBLE_PRODUCT_INSTANCE_STATUS',
      428,
      INSTANCES.canceledBasicOnPhotoPortfolio,
      { billingInfo: YEARLY },
    ],
    [
      'INCOMPATIBLE_PRODUCT_INSTANCE_STATUS',
      428,
      INSTANCES.failedAscendOnCafeMenu,
      { billingInfo: YEARLY },
    ],
    ['MISSING_PRODUCT_DETAILS', 428, INSTANCES.vipOnAgencyPortfolio, {}],
    [
      'MISSING_PRODUCT_DETAILS',
      428,
      INSTANCES.vipOnAgencyPortfolio,
      { discountCode: 'ONLY-A-CODE' },
    ],
    [
      'MISSING_PRODUCT_DETAILS',
      428,
      INSTANCES.vipOnAgencyPortfolio,
      { billingInfo: { type: 'RECURRING' } },
    ],
    [
      'INCOMPATIBLE_BILLING_CYCLE',
      428,
      INSTANCES.vipOnAgencyPortfolio,
      { billingInfo: { type: 'RECURRING', cycleDuration: { unit: 'WEEK', count: 1 } } },
    ],
    [
      'INVALID_BILLING_CYCLE',
      428,
      INSTANCES.vipOnAgencyPortfolio,
      { billingInfo: { type: 'UNKNOWN', cycleDuration: { unit: 'MONTH', count: 1 } } },
    ],
    ['PRODUCT_INSTANCE_NOT_FOUND', 428, UNKNOWN_ID, { billingInfo: YEARLY }],
    ['PRODUCT_INSTANCE_NOT_FOUND', 428, INSTANCES.vipOnOutsiderShop, { billingInfo: YEARLY }],
  ])('answers %s with %i and changes nothing', async (code, status, instanceId, body) => {
    const before = (await h.admin('GET', '/_emulator/state')).body.packages;
    const res = await h.call('PATCH', instancePath(instanceId), { body });
    const after = (await h.admin('GET', '/_emulator/state')).body.packages;
    expect(outcome(res)).toEqual({ status, body: applicationError(code) });
    expect(after).toEqual(before);
  });

  it('refuses a downgrade to a product that does not sell the current cycle (428)', async () => {
    // VIP sells a two-year cycle; Business Basic does not (seed catalog).
    await h.call('PATCH', instancePath(INSTANCES.vipOnAgencyPortfolio), {
      body: { billingInfo: BIENNIAL },
    });
    const res = await h.call('PATCH', instancePath(INSTANCES.vipOnAgencyPortfolio), {
      body: { catalogProductId: PRODUCTS.businessBasic },
    });
    expect(outcome(res)).toEqual({
      status: 428,
      body: applicationError('INCOMPATIBLE_BILLING_CYCLE'),
    });
  });

  it('answers an unknown account with 404 ACCOUNT_NOT_FOUND', async () => {
    const res = await h.call('PATCH', instancePath(INSTANCES.vipOnAgencyPortfolio), {
      account: UNKNOWN_ID,
      body: { billingInfo: YEARLY },
    });
    expect(outcome(res)).toEqual({ status: 404, body: applicationError('ACCOUNT_NOT_FOUND') });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['catalogProductId not a GUID', { catalogProductId: 'vip' }, 'catalogProductId'],
    [
      'discountCode of 26 characters',
      { catalogProductId: PRODUCTS.businessVip, discountCode: 'D'.repeat(26) },
      'discountCode',
    ],
    [
      'idempotencyKey of 101 characters',
      { billingInfo: YEARLY, idempotencyKey: 'k'.repeat(101) },
      'idempotencyKey',
    ],
    ['billingInfo of the wrong type', { billingInfo: 'yearly' }, 'billingInfo'],
    ['an unknown billing type', { billingInfo: { type: 'WEEKLY' } }, 'billingInfo.type'],
  ])('answers %s with 400', async (_name, body, field) => {
    const res = await h.call('PATCH', instancePath(INSTANCES.vipOnAgencyPortfolio), { body });
    expect(outcome(res)).toEqual({ status: 400, body: validationError(field) });
  });
});

describe('Adjust business rules that need a catalog or state tweak', () => {
  type State = ReturnType<typeof createSeedState>;
  const EXTRA_PRODUCT = '9d000000-0000-4000-8000-0000000000aa';

  async function withState(change: (state: State) => void) {
    const state = createSeedState();
    change(state);
    const res = await h.admin('PUT', '/_emulator/state', state);
    expect(res.status).toBe(200);
  }
  const catalogEntry = (state: State, id: string) =>
    state.catalog.find((p) => p.id === id) as State['catalog'][0];

  it('answers PRODUCT_LIMIT_EXCEEDED (428) when the new product is at its cap', async () => {
    await withState((s) => {
      catalogEntry(s, PRODUCTS.businessVip).subscriptionLimit = 1;
    });
    const res = await h.call('PATCH', instancePath(INSTANCES.unlimitedOnDentalClinic), {
      body: { catalogProductId: PRODUCTS.businessVip },
    });
    expect(outcome(res)).toEqual({ status: 428, body: applicationError('PRODUCT_LIMIT_EXCEEDED') });
  });

  it('answers PRODUCT_SETTINGS_NOT_FOUND (428) when the new product has no settings', async () => {
    await withState((s) => {
      catalogEntry(s, PRODUCTS.businessVip).hasSettings = false;
    });
    const res = await h.call('PATCH', instancePath(INSTANCES.unlimitedOnDentalClinic), {
      body: { catalogProductId: PRODUCTS.businessVip },
    });
    expect(outcome(res)).toEqual({
      status: 428,
      body: applicationError('PRODUCT_SETTINGS_NOT_FOUND'),
    });
  });

  it('answers PRODUCT_NOT_SUPPORTED_ON_SITE (428) when the new product needs Premium the site lacks', async () => {
    await withState((s) => {
      s.catalog.push({
        ...catalogEntry(s, PRODUCTS.logoOneTime),
        id: EXTRA_PRODUCT,
        name: 'Logo Pro',
        requiresPremiumSite: true,
      });
    });
    const created = await h.call('POST', '/resellers/v2/packages', {
      body: {
        products: [
          { catalogProductId: PRODUCTS.logoOneTime, siteId: SITES.bakeryDraft, countryCode: 'US' },
        ],
      },
    });
    const instanceId = created.body.package.productInstances[0].instanceId;
    const res = await h.call('PATCH', instancePath(instanceId), {
      body: { catalogProductId: EXTRA_PRODUCT },
    });
    expect(outcome(res)).toEqual({
      status: 428,
      body: applicationError('PRODUCT_NOT_SUPPORTED_ON_SITE'),
    });
  });

  it('answers MISSING_BILLING_CYCLE (428) when neither the request nor the instance has a cycle', async () => {
    await withState((s) => {
      const pkg = s.packages.find((p) => p.id === PACKAGES.resellerFloating) as Package;
      delete pkg.productInstances[0].billingInfo;
    });
    const res = await h.call('PATCH', instancePath(INSTANCES.floatingUnlimited), {
      body: { catalogProductId: PRODUCTS.businessVip },
    });
    expect(outcome(res)).toEqual({ status: 428, body: applicationError('MISSING_BILLING_CYCLE') });
  });

  it("answers SITE_NOT_FOUND (404) when the instance's site left the account", async () => {
    await withState((s) => {
      const site = s.sites.find((x) => x.id === SITES.agencyPortfolio) as State['sites'][0];
      site.ownerAccountId = ACCOUNTS.customerA;
    });
    const res = await h.call('PATCH', instancePath(INSTANCES.vipOnAgencyPortfolio), {
      body: { catalogProductId: PRODUCTS.businessUnlimited },
    });
    expect(outcome(res)).toEqual({ status: 404, body: applicationError('SITE_NOT_FOUND') });
  });

  it("falls back to the new product's single cycle when it does not sell the current one", async () => {
    // README choice 16: keep the current cycle if sold, else the product's single cycle.
    await withState((s) => {
      s.catalog.push({
        ...catalogEntry(s, PRODUCTS.businessBasic),
        id: EXTRA_PRODUCT,
        name: 'Business Basic (monthly only)',
        billingCycles: [{ type: 'RECURRING', cycleDuration: { unit: 'MONTH', count: 1 } }],
      });
    });
    const res = await h.call('PATCH', instancePath(INSTANCES.vipOnAgencyPortfolio), {
      body: { catalogProductId: EXTRA_PRODUCT },
    });
    expect(res.status).toBe(200);
    const instance = res.body.package.productInstances.find(
      (i: ProductInstance) => i.instanceId === INSTANCES.vipOnAgencyPortfolio,
    );
    expect(instance).toEqual(
      expect.objectContaining({
        catalogProductId: EXTRA_PRODUCT,
        billingInfo: { type: 'RECURRING', cycleDuration: { unit: 'MONTH', count: 1 } },
      }),
    );
  });
});

describe('Cancel Product Instance', () => {
  it('cancels only that instance and returns the whole package', async () => {
    const res = await h.call('DELETE', instancePath(INSTANCES.mailboxFloating), {
      body: { idempotencyKey: 'cancel-instance-1' },
    });
    expect(outcome(res)).toEqual({
      status: 200,
      body: {
        idempotencyKey: 'cancel-instance-1',
        package: expectedPackage(
          PACKAGES.resellerVipAndMailbox,
          INSTANCES.mailboxFloating,
          (i) => ({
            ...i,
            status: 'CANCELED',
          }),
        ),
      },
    });
  });

  it('keeps the siteId of a canceled instance and takes the premium flag off its site', async () => {
    const res = await h.call('DELETE', instancePath(INSTANCES.vipOnAgencyPortfolio));
    const instance = res.body.package.productInstances.find(
      (i: ProductInstance) => i.instanceId === INSTANCES.vipOnAgencyPortfolio,
    );
    expect(instance).toEqual(
      expect.objectContaining({ status: 'CANCELED', siteId: SITES.agencyPortfolio }),
    );
    expect((await h.storedSite(SITES.agencyPortfolio)).premium).toBe(false);
  });

  it('frees the site for another instance of the same product type', async () => {
    await h.call('DELETE', instancePath(INSTANCES.vipOnAgencyPortfolio));
    const res = await h.call('PATCH', assignPath(INSTANCES.floatingBasic, SITES.agencyPortfolio));
    expect(res.status).toBe(200);
  });

  it('answers 200 with the unchanged package when the instance is already canceled', async () => {
    const res = await h.call('DELETE', instancePath(INSTANCES.canceledMailbox));
    expect(outcome(res)).toEqual({
      status: 200,
      body: { package: seedPackage(PACKAGES.resellerCanceled) },
    });
  });

  it("answers another account's instance like a missing one and leaves it live", async () => {
    const foreign = await h.call('DELETE', instancePath(INSTANCES.vipOnOutsiderShop));
    const missing = await h.call('DELETE', instancePath(UNKNOWN_ID));
    expect(outcome(foreign)).toEqual({
      status: 428,
      body: applicationError('PRODUCT_INSTANCE_NOT_FOUND'),
    });
    expect(masked(foreign.body, INSTANCES.vipOnOutsiderShop)).toEqual(
      masked(missing.body, UNKNOWN_ID),
    );
    expect(await h.storedPackage(PACKAGES.outsiderVip)).toEqual(seedPackage(PACKAGES.outsiderVip));
  });

  it('lets the sub-account that owns it cancel its instance', async () => {
    const res = await h.call('DELETE', instancePath(INSTANCES.basicOnCustomerAShop), {
      account: ACCOUNTS.customerA,
    });
    expect(res.status).toBe(200);
    expect(res.body.package.id).toBe(PACKAGES.customerABasic);
  });
});
