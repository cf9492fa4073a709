import type { Cycle, Package } from '../../src/wix-api/types.js';
import {
  ACCOUNTS,
  anyDate,
  anyGuid,
  applicationError,
  INSTANCES,
  outcome,
  PACKAGES,
  PRODUCTS,
  seedPackage,
  SITES,
  UNKNOWN_ID,
  useEmulator,
  validationError,
  type HttpResponse,
} from './harness.js';

const h = useEmulator();

const CREATE = '/resellers/v2/packages';
const pkgPath = (id: string) => `/resellers/v1/packages/${id}`;
const externalIdPath = (id: string, externalId: string) =>
  `/resellers/v1/packages/update/${id}/${encodeURIComponent(externalId)}`;

const MONTHLY: Cycle = { type: 'RECURRING', cycleDuration: { unit: 'MONTH', count: 1 } };
const YEARLY: Cycle = { type: 'RECURRING', cycleDuration: { unit: 'YEAR', count: 1 } };

const product = (catalogProductId: string, extra: Record<string, unknown> = {}) => ({
  catalogProductId,
  countryCode: 'US',
  billingInfo: YEARLY,
  ...extra,
});

function create(
  products: unknown,
  options: { account?: string; body?: Record<string, unknown> } = {},
): Promise<HttpResponse> {
  return h.call('POST', CREATE, {
    account: options.account ?? ACCOUNTS.reseller,
    body: { products, ...options.body },
  });
}

/** An error body with every occurrence of `id` masked, to compare "not yours" with "not there". */
const masked = (body: unknown, id: string) => JSON.parse(JSON.stringify(body).replaceAll(id, 'ID'));

describe('Create Package V2', () => {
  it('creates a package of PENDING instances owned by the header account', async () => {
    const res = await create(
      [product(PRODUCTS.businessBasic, { siteId: SITES.customerABlog, discountCode: 'SPRING25' })],
      { account: ACCOUNTS.customerA, body: { idempotencyKey: 'create-1', externalId: 'crm-42' } },
    );
    expect(outcome(res)).toEqual({
      status: 200,
      body: {
        idempotencyKey: 'create-1',
        package: {
          id: anyGuid(),
          accountId: ACCOUNTS.customerA,
          externalId: 'crm-42',
          createdDate: anyDate(),
          updatedDate: anyDate(),
          productInstances: [
            {
              instanceId: anyGuid(),
              siteId: SITES.customerABlog,
              catalogProductId: PRODUCTS.businessBasic,
              status: 'PENDING',
              billingInfo: YEARLY,
              countryCode: 'US',
              discountCode: 'SPRING25',
              createdDate: anyDate(),
              updatedDate: anyDate(),
            },
          ],
        },
      },
    });
  });

  it('returns the created package from Get Package', async () => {
    const created = await create([product(PRODUCTS.businessBasic, { siteId: SITES.bakeryDraft })]);
    const got = await h.call('GET', pkgPath(created.body.package.id));
    expect(outcome(got)).toEqual({ status: 200, body: { package: created.body.package } });
  });

  it('leaves an instance without siteId floating', async () => {
    const res = await create([product(PRODUCTS.businessUnlimited, { billingInfo: MONTHLY })]);
    expect(res.status).toBe(200);
    expect(res.body.package.productInstances[0]).not.toHaveProperty('siteId');
  });

  it('omits idempotencyKey and externalId from the response when not sent', async () => {
    const res = await create([product(PRODUCTS.businessBasic)]);
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty('idempotencyKey');
    expect(res.body.package).not.toHaveProperty('externalId');
  });

  it('gives every instance its own instanceId, even for the same product', async () => {
    const res = await create([product(PRODUCTS.businessBasic), product(PRODUCTS.businessBasic)]);
    const [a, b] = res.body.package.productInstances;
    expect(res.status).toBe(200);
    expect(a.instanceId).not.toBe(b.instanceId);
    expect(new Set([a.instanceId, b.instanceId, res.body.package.id]).size).toBe(3);
  });

  it('accepts a product with exactly one billing cycle without billingInfo', async () => {
    const res = await create([{ catalogProductId: PRODUCTS.logoOneTime, countryCode: 'US' }]);
    expect(res.status).toBe(200);
    expect(res.body.package.productInstances).toEqual([
      expect.objectContaining({ catalogProductId: PRODUCTS.logoOneTime, status: 'PENDING' }),
    ]);
  });

  it('makes the site premium while a premium plan is PENDING on it', async () => {
    await create([product(PRODUCTS.businessBasic, { siteId: SITES.bakeryDraft })]);
    const site = await h.storedSite(SITES.bakeryDraft);
    expect(site.premium).toBe(true);
  });

  it('allows a product type on a site whose earlier instance of that type is canceled', async () => {
    const res = await create([product(PRODUCTS.businessBasic, { siteId: SITES.photoPortfolio })]);
    expect(res.status).toBe(200);
  });

  it('accepts a domain on a premium site with a valid reference instance', async () => {
    const res = await create([
      product(PRODUCTS.domainCom, {
        siteId: SITES.agencyPortfolio,
        referenceProductInstanceId: INSTANCES.vipOnAgencyPortfolio,
      }),
    ]);
    expect(res.status).toBe(200);
    expect(res.body.package.productInstances[0]).toEqual(
      expect.objectContaining({
        referenceProductInstanceId: INSTANCES.vipOnAgencyPortfolio,
        status: 'PENDING',
      }),
    );
  });

  it('accepts 1000 products in one package', async () => {
    const products = Array.from({ length: 1000 }, () =>
      product(PRODUCTS.logoOneTime, { billingInfo: { type: 'ONE_TIME' } }),
    );
    const res = await create(products);
    expect(res.status).toBe(200);
    expect(res.body.package.productInstances).toHaveLength(1000);
  });

  it('accepts a recurring cycle without count as a count of 1', async () => {
    const res = await create([
      product(PRODUCTS.businessBasic, {
        billingInfo: { type: 'RECURRING', cycleDuration: { unit: 'MONTH' } },
      }),
    ]);
    expect(res.status).toBe(200);
  });

  it('stores countryCode upper-case', async () => {
    const res = await create([product(PRODUCTS.businessBasic, { countryCode: 'de' })]);
    expect(res.body.package.productInstances[0].countryCode).toBe('DE');
  });

  it('answers the deprecated v1 Create Package like V2, without requiring countryCode', async () => {
    const res = await h.call('POST', '/resellers/v1/packages', {
      body: { products: [{ catalogProductId: PRODUCTS.businessBasic, billingInfo: YEARLY }] },
    });
    expect(res.status).toBe(200);
    expect(res.body.package.productInstances[0]).not.toHaveProperty('countryCode');
  });

  describe('business errors', () => {
    it.each<[string, number, () => unknown[], string?]>([
      ['PRODUCT_NOT_FOUND', 404, () => [product(UNKNOWN_ID)]],
      [
        'PRODUCT_SETTINGS_NOT_FOUND',
        428,
        () => [product(PRODUCTS.boosterNoSettings, { billingInfo: MONTHLY })],
      ],
      [
        'MISSING_BILLING_CYCLE',
        428,
        () => [{ catalogProductId: PRODUCTS.businessBasic, countryCode: 'US' }],
      ],
      [
        'INCOMPATIBLE_BILLING_CYCLE',
        428,
        () => [product(PRODUCTS.businessBasic, { billingInfo: { type: 'ONE_TIME' } })],
      ],
      [
        'INVALID_BILLING_CYCLE',
        428,
        () => [product(PRODUCTS.businessBasic, { billingInfo: { type: 'RECURRING' } })],
      ],
      [
        'INVALID_PRODUCTS',
        428,
        () => [product(PRODUCTS.legacyNotResellable, { billingInfo: MONTHLY })],
      ],
      [
        'MULTIPLE_PRODUCT_ASSIGNMENTS',
        428,
        () => [
          product(PRODUCTS.businessBasic, { siteId: SITES.bakeryDraft }),
          product(PRODUCTS.businessBasic, { siteId: SITES.bakeryDraft }),
        ],
      ],
      [
        'PRODUCT_TYPE_ALREADY_ASSIGNED',
        428,
        () => [product(PRODUCTS.businessBasic, { siteId: SITES.agencyPortfolio })],
      ],
      [
        'PRODUCT_NOT_SUPPORTED_ON_SITE',
        428,
        () => [product(PRODUCTS.domainCom, { siteId: SITES.bakeryDraft })],
      ],
      ['SITE_NOT_FOUND', 404, () => [product(PRODUCTS.businessBasic, { siteId: UNKNOWN_ID })]],
      [
        'INVALID_REFERENCE_PRODUCT_INSTANCE_ID',
        404,
        () => [
          product(PRODUCTS.domainCom, {
            siteId: SITES.agencyPortfolio,
            referenceProductInstanceId: UNKNOWN_ID,
          }),
        ],
      ],
    ])('answers %s with %i and creates nothing', async (code, status, products) => {
      const before = await h.call('POST', '/resellers/v1/packages/query', { body: { query: {} } });
      const res = await create(products());
      const after = await h.call('POST', '/resellers/v1/packages/query', { body: { query: {} } });
      expect(outcome(res)).toEqual({ status, body: applicationError(code) });
      expect(after.body).toEqual(before.body);
    });

    it('answers an unknown account in the header with 404 ACCOUNT_NOT_FOUND', async () => {
      const res = await create([product(PRODUCTS.businessBasic)], { account: UNKNOWN_ID });
      expect(outcome(res)).toEqual({ status: 404, body: applicationError('ACCOUNT_NOT_FOUND') });
    });

    it('answers PRODUCT_LIMIT_EXCEEDED (428) once the family reaches the subscription cap', async () => {
      // The seed's family holds 2 active mailboxes under a cap of 3 (seed.ts).
      const third = await create([product(PRODUCTS.workspaceMailbox)], {
        account: ACCOUNTS.customerC,
      });
      const fourth = await create([product(PRODUCTS.workspaceMailbox)]);
      expect(third.status).toBe(200);
      expect(outcome(fourth)).toEqual({
        status: 428,
        body: applicationError('PRODUCT_LIMIT_EXCEEDED'),
      });
    });

    it('counts the products of one request against the subscription cap', async () => {
      const res = await create([
        product(PRODUCTS.workspaceMailbox),
        product(PRODUCTS.workspaceMailbox),
      ]);
      expect(outcome(res)).toEqual({
        status: 428,
        body: applicationError('PRODUCT_LIMIT_EXCEEDED'),
      });
    });

    it('frees a subscription slot when an instance is canceled', async () => {
      const cancel = await h.call(
        'DELETE',
        `/resellers/v1/packages/product-instances/${INSTANCES.mailboxFloating}`,
      );
      const res = await create([
        product(PRODUCTS.workspaceMailbox),
        product(PRODUCTS.workspaceMailbox),
      ]);
      expect([cancel.status, res.status]).toEqual([200, 200]);
    });

    it("answers another account's site exactly like a missing one (SITE_NOT_FOUND, 404)", async () => {
      const foreign = await create([
        product(PRODUCTS.businessBasic, { siteId: SITES.outsiderShop }),
      ]);
      const missing = await create([product(PRODUCTS.businessBasic, { siteId: UNKNOWN_ID })]);
      expect(outcome(foreign)).toEqual({ status: 404, body: applicationError('SITE_NOT_FOUND') });
      expect(masked(foreign.body, SITES.outsiderShop)).toEqual(masked(missing.body, UNKNOWN_ID));
      expect(JSON.stringify(foreign.body)).not.toContain(ACCOUNTS.outsider);
    });

    it('counts an AWAITING_ACTION instance as holding its product type on the site', async () => {
      const res = await create([product(PRODUCTS.domainCom, { siteId: SITES.customerAShop })], {
        account: ACCOUNTS.customerA,
      });
      expect(outcome(res)).toEqual({
        status: 428,
        body: applicationError('PRODUCT_TYPE_ALREADY_ASSIGNED'),
      });
    });

    it("refuses a sub-account's site in a package of the parent account (SITE_NOT_FOUND)", async () => {
      const res = await create([product(PRODUCTS.businessBasic, { siteId: SITES.customerABlog })]);
      expect(outcome(res)).toEqual({ status: 404, body: applicationError('SITE_NOT_FOUND') });
    });

    it.each([
      ['already used as a reference', INSTANCES.unlimitedOnDentalClinic],
      ['canceled', INSTANCES.canceledBasicOnPhotoPortfolio],
      ['failed', INSTANCES.failedAscendOnCafeMenu],
      ["another account's", INSTANCES.vipOnOutsiderShop],
    ])('refuses a reference instance that is %s (404)', async (_name, reference) => {
      const res = await create([
        product(PRODUCTS.domainCom, {
          siteId: SITES.agencyPortfolio,
          referenceProductInstanceId: reference,
        }),
      ]);
      expect(outcome(res)).toEqual({
        status: 404,
        body: applicationError('INVALID_REFERENCE_PRODUCT_INSTANCE_ID'),
      });
    });

    it('refuses the same reference instance twice in one request (404)', async () => {
      const res = await create([
        product(PRODUCTS.domainCom, {
          siteId: SITES.agencyPortfolio,
          referenceProductInstanceId: INSTANCES.vipOnAgencyPortfolio,
        }),
        product(PRODUCTS.domainCom, {
          siteId: SITES.lawFirm,
          referenceProductInstanceId: INSTANCES.vipOnAgencyPortfolio,
        }),
      ]);
      expect(outcome(res)).toEqual({
        status: 404,
        body: applicationError('INVALID_REFERENCE_PRODUCT_INSTANCE_ID'),
      });
    });

    it('does not count a plan in the same request as the prerequisite of a domain', async () => {
      const res = await create([
        product(PRODUCTS.businessBasic, { siteId: SITES.bakeryDraft }),
        product(PRODUCTS.domainCom, { siteId: SITES.bakeryDraft }),
      ]);
      expect(outcome(res)).toEqual({
        status: 428,
        body: applicationError('PRODUCT_NOT_SUPPORTED_ON_SITE'),
      });
    });

    it('refuses two products of one type on one site in the same request', async () => {
      const res = await create([
        product(PRODUCTS.businessBasic, { siteId: SITES.bakeryDraft }),
        product(PRODUCTS.businessVip, { siteId: SITES.bakeryDraft }),
      ]);
      expect(outcome(res)).toEqual({
        status: 428,
        body: applicationError('PRODUCT_TYPE_ALREADY_ASSIGNED'),
      });
    });

    it('lets a reference instance serve only once', async () => {
      const body = [
        product(PRODUCTS.domainCom, {
          siteId: SITES.agencyPortfolio,
          referenceProductInstanceId: INSTANCES.vipOnAgencyPortfolio,
        }),
      ];
      const first = await create(body);
      const cancel = await h.call('DELETE', pkgPath(first.body.package.id));
      const second = await create(body);
      expect([first.status, cancel.status]).toEqual([200, 200]);
      expect(outcome(second)).toEqual({
        status: 404,
        body: applicationError('INVALID_REFERENCE_PRODUCT_INSTANCE_ID'),
      });
    });
  });

  describe('validation', () => {
    it.each<[string, Record<string, unknown>, string[]]>([
      ['products missing', {}, ['products']],
      ['products empty', { products: [] }, ['products']],
      [
        'products not an array',
        { products: { catalogProductId: PRODUCTS.businessBasic } },
        ['products'],
      ],
      [
        'countryCode missing',
        { products: [{ catalogProductId: PRODUCTS.businessBasic, billingInfo: YEARLY }] },
        ['products[0].countryCode'],
      ],
      [
        'countryCode of three letters',
        { products: [product(PRODUCTS.businessBasic, { countryCode: 'USA' })] },
        ['products[0].countryCode'],
      ],
      [
        'countryCode not a string',
        { products: [product(PRODUCTS.businessBasic, { countryCode: 1 })] },
        ['products[0].countryCode'],
      ],
      [
        'catalogProductId not a GUID',
        { products: [product('business-basic')] },
        ['products[0].catalogProductId'],
      ],
      [
        'siteId not a GUID',
        { products: [product(PRODUCTS.businessBasic, { siteId: 'my-site' })] },
        ['products[0].siteId'],
      ],
      [
        'referenceProductInstanceId not a GUID',
        { products: [product(PRODUCTS.businessBasic, { referenceProductInstanceId: 'ref' })] },
        ['products[0].referenceProductInstanceId'],
      ],
      [
        'discountCode of 26 characters',
        { products: [product(PRODUCTS.businessBasic, { discountCode: 'D'.repeat(26) })] },
        ['products[0].discountCode'],
      ],
      [
        'externalId of 101 characters',
        { externalId: 'e'.repeat(101), products: [product(PRODUCTS.businessBasic)] },
        ['externalId'],
      ],
      [
        'externalId not a string',
        { externalId: 7, products: [product(PRODUCTS.businessBasic)] },
        ['externalId'],
      ],
      [
        'idempotencyKey of 101 characters',
        { idempotencyKey: 'k'.repeat(101), products: [product(PRODUCTS.businessBasic)] },
        ['idempotencyKey'],
      ],
      [
        'several bad fields at once',
        {
          externalId: 'e'.repeat(101),
          products: [{ catalogProductId: 'x' }, { catalogProductId: PRODUCTS.businessBasic }],
        },
        [
          'externalId',
          'products[0].catalogProductId',
          'products[0].countryCode',
          'products[1].countryCode',
        ],
      ],
    ])('answers %s with 400 naming the field', async (_name, body, fields) => {
      const res = await h.call('POST', CREATE, { body });
      expect(outcome(res)).toEqual({ status: 400, body: validationError(...fields) });
    });

    it('rejects 1001 products with 400', async () => {
      const products = Array.from({ length: 1001 }, () =>
        product(PRODUCTS.logoOneTime, { billingInfo: { type: 'ONE_TIME' } }),
      );
      const res = await create(products);
      expect(outcome(res)).toEqual({ status: 400, body: validationError('products') });
    });

    it('accepts limits exactly at the boundary (100-char externalId and key, 25-char discount code)', async () => {
      const res = await h.call('POST', CREATE, {
        body: {
          idempotencyKey: 'k'.repeat(100),
          externalId: 'e'.repeat(100),
          products: [product(PRODUCTS.businessBasic, { discountCode: 'D'.repeat(25) })],
        },
      });
      expect(res.status).toBe(200);
    });

    it('checks the format of the request before business rules', async () => {
      const res = await create([product(UNKNOWN_ID, { countryCode: undefined })]);
      expect(outcome(res)).toEqual({
        status: 400,
        body: validationError('products[0].countryCode'),
      });
    });
  });
});

describe('Get Package', () => {
  it('returns a seed package exactly as stored', async () => {
    const res = await h.call('GET', pkgPath(PACKAGES.resellerUnlimitedWithDomain));
    expect(outcome(res)).toEqual({
      status: 200,
      body: { package: seedPackage(PACKAGES.resellerUnlimitedWithDomain) },
    });
  });

  it("returns a sub-account's package to that sub-account", async () => {
    const res = await h.call('GET', pkgPath(PACKAGES.customerABasic), {
      account: ACCOUNTS.customerA,
    });
    expect(outcome(res)).toEqual({
      status: 200,
      body: { package: seedPackage(PACKAGES.customerABasic) },
    });
  });

  it('returns a FAILED instance with its failure reason', async () => {
    const res = await h.call('GET', pkgPath(PACKAGES.resellerFailedAscend));
    expect(res.body.package.productInstances[0]).toEqual(
      expect.objectContaining({
        status: 'FAILED',
        failure: { code: 'DELIVERY_TIMEOUT', message: expect.any(String) },
      }),
    );
  });

  it('answers an unknown package with 404 PACKAGE_NOT_FOUND', async () => {
    const res = await h.call('GET', pkgPath(UNKNOWN_ID));
    expect(outcome(res)).toEqual({ status: 404, body: applicationError('PACKAGE_NOT_FOUND') });
  });

  it("answers another account's package exactly like a missing one", async () => {
    const foreign = await h.call('GET', pkgPath(PACKAGES.outsiderVip));
    const missing = await h.call('GET', pkgPath(UNKNOWN_ID));
    expect(outcome(foreign)).toEqual({ status: 404, body: applicationError('PACKAGE_NOT_FOUND') });
    expect(masked(foreign.body, PACKAGES.outsiderVip)).toEqual(masked(missing.body, UNKNOWN_ID));
    expect(JSON.stringify(foreign.body)).not.toContain('outsider-secret-ref');
  });

  it('refuses a package when the header names a different account of the family', async () => {
    const res = await h.call('GET', pkgPath(PACKAGES.resellerVipAndMailbox), {
      account: ACCOUNTS.customerA,
    });
    expect(outcome(res)).toEqual({ status: 404, body: applicationError('PACKAGE_NOT_FOUND') });
  });

  it('answers an id that is not a GUID with 400', async () => {
    const res = await h.call('GET', pkgPath('not-a-guid'));
    expect(outcome(res)).toEqual({ status: 400, body: validationError('id') });
  });
});

describe('Cancel Package', () => {
  it('cancels every instance and returns the whole package', async () => {
    const before = seedPackage(PACKAGES.resellerUnlimitedWithDomain);
    const res = await h.call('DELETE', pkgPath(PACKAGES.resellerUnlimitedWithDomain), {
      body: { idempotencyKey: 'cancel-1' },
    });
    expect(outcome(res)).toEqual({
      status: 200,
      body: {
        idempotencyKey: 'cancel-1',
        package: {
          ...before,
          updatedDate: anyDate(),
          productInstances: before.productInstances.map((i) => ({
            ...i,
            status: 'CANCELED',
            updatedDate: anyDate(),
          })),
        },
      },
    });
    expect(res.body.package.updatedDate > before.updatedDate).toBe(true);
  });

  it('persists the cancellation, as Get Package shows', async () => {
    const res = await h.call('DELETE', pkgPath(PACKAGES.resellerPendingBasic));
    const got = await h.call('GET', pkgPath(PACKAGES.resellerPendingBasic));
    expect(got.body).toEqual({ package: res.body.package });
  });

  it('takes the premium flag off the sites of its canceled plans', async () => {
    await h.call('DELETE', pkgPath(PACKAGES.resellerUnlimitedWithDomain));
    const site = await h.storedSite(SITES.dentalClinic);
    expect(site.premium).toBe(false);
  });

  it('accepts a DELETE without a body', async () => {
    const res = await h.call('DELETE', pkgPath(PACKAGES.resellerFloating));
    expect(res.status).toBe(200);
    expect(res.body.package.productInstances.map((i: { status: string }) => i.status)).toEqual([
      'CANCELED',
      'CANCELED',
    ]);
  });

  it("refuses another account's package with 404 and changes nothing", async () => {
    const res = await h.call('DELETE', pkgPath(PACKAGES.outsiderVip));
    expect(outcome(res)).toEqual({ status: 404, body: applicationError('PACKAGE_NOT_FOUND') });
    expect(await h.storedPackage(PACKAGES.outsiderVip)).toEqual(seedPackage(PACKAGES.outsiderVip));
  });

  it('answers an unknown package with 404', async () => {
    const res = await h.call('DELETE', pkgPath(UNKNOWN_ID));
    expect(outcome(res)).toEqual({ status: 404, body: applicationError('PACKAGE_NOT_FOUND') });
  });

  it('answers an id that is not a GUID with 400', async () => {
    const res = await h.call('DELETE', pkgPath('nope'));
    expect(outcome(res)).toEqual({ status: 400, body: validationError('id') });
  });
});

describe('Update Package External Id', () => {
  it('sets the external id and returns the package as updatedPackage', async () => {
    const before = seedPackage(PACKAGES.resellerPendingBasic);
    const res = await h.call(
      'PATCH',
      externalIdPath(PACKAGES.resellerPendingBasic, 'crm-sub-9000'),
    );
    expect(outcome(res)).toEqual({
      status: 200,
      body: { updatedPackage: { ...before, externalId: 'crm-sub-9000', updatedDate: anyDate() } },
    });
    const got = await h.call('GET', pkgPath(PACKAGES.resellerPendingBasic));
    expect(got.body.package).toEqual(res.body.updatedPackage);
  });

  it('decodes a percent-encoded external id into one value', async () => {
    const res = await h.call('PATCH', externalIdPath(PACKAGES.resellerVipAndMailbox, 'order 7/b'));
    expect(res.status).toBe(200);
    expect((res.body.updatedPackage as Package).externalId).toBe('order 7/b');
  });

  it('accepts 100 characters and rejects 101 with 400', async () => {
    const ok = await h.call('PATCH', externalIdPath(PACKAGES.resellerFloating, 'x'.repeat(100)));
    const tooLong = await h.call(
      'PATCH',
      externalIdPath(PACKAGES.resellerFloating, 'x'.repeat(101)),
    );
    expect(ok.status).toBe(200);
    expect(outcome(tooLong)).toEqual({ status: 400, body: validationError('externalId') });
  });

  it("refuses another account's package with 404 and leaves it unchanged", async () => {
    const res = await h.call('PATCH', externalIdPath(PACKAGES.outsiderVip, 'stolen'));
    expect(outcome(res)).toEqual({ status: 404, body: applicationError('PACKAGE_NOT_FOUND') });
    expect(await h.storedPackage(PACKAGES.outsiderVip)).toEqual(seedPackage(PACKAGES.outsiderVip));
  });

  it('answers an unknown package with 404', async () => {
    const res = await h.call('PATCH', externalIdPath(UNKNOWN_ID, 'x'));
    expect(outcome(res)).toEqual({ status: 404, body: applicationError('PACKAGE_NOT_FOUND') });
  });
});
