import type { Site } from '../../src/wix-api/types.js';
import {
  ACCOUNTS,
  anyDate,
  applicationError,
  INSTANCES,
  outcome,
  PACKAGES,
  PRODUCTS,
  seedSite,
  SITES,
  UNKNOWN_ID,
  useEmulator,
  validationError,
} from './harness.js';

const h = useEmulator();

const TRANSFER = '/b2b-site-management/v1/transfer-site';

/** Transfer Site with the target account in the header, as Wix requires. */
const transfer = (target: string, siteTransfer: Record<string, unknown>) =>
  h.call('POST', TRANSFER, { account: target, body: { siteTransfer } });

const siteIds = async (account: string) => {
  const res = await h.call('POST', '/site-list/v2/sites/query', { account, body: {} });
  return res.body.sites.map((s: Site) => s.id) as string[];
};

/** An error body with every occurrence of `id` masked, to compare "not yours" with "not there". */
const masked = (body: unknown, id: string) => JSON.parse(JSON.stringify(body).replaceAll(id, 'ID'));

describe('Transfer Site', () => {
  it('moves a site to the header account and echoes the transfer', async () => {
    const body = {
      siteId: SITES.bakeryDraft,
      sourceAccountId: ACCOUNTS.reseller,
      enableNotifications: true,
    };
    const res = await transfer(ACCOUNTS.customerA, body);
    expect(outcome(res)).toEqual({ status: 200, body: { siteTransfer: body } });
  });

  it('echoes a transfer without enableNotifications as sent', async () => {
    const body = { siteId: SITES.yogaStudio, sourceAccountId: ACCOUNTS.reseller };
    const res = await transfer(ACCOUNTS.customerB, body);
    expect(outcome(res)).toEqual({ status: 200, body: { siteTransfer: body } });
  });

  it('changes ownerAccountId, so the site leaves the source list and joins the target list', async () => {
    await transfer(ACCOUNTS.customerA, {
      siteId: SITES.bakeryDraft,
      sourceAccountId: ACCOUNTS.reseller,
    });
    const target = await h.call('POST', '/site-list/v2/sites/query', {
      account: ACCOUNTS.customerA,
      body: { query: { filter: { id: SITES.bakeryDraft } } },
    });
    expect(target.body.sites).toEqual([
      {
        ...seedSite(SITES.bakeryDraft),
        ownerAccountId: ACCOUNTS.customerA,
        contributorAccountIds: [ACCOUNTS.customerA],
        updatedDate: anyDate(),
      },
    ]);
    expect(await siteIds(ACCOUNTS.reseller)).not.toContain(SITES.bakeryDraft);
  });

  it('lets the target account buy a package on the transferred site (Wix sample flow 1)', async () => {
    await transfer(ACCOUNTS.customerC, {
      siteId: SITES.marketingBlog,
      sourceAccountId: ACCOUNTS.reseller,
    });
    const res = await h.call('POST', '/resellers/v2/packages', {
      account: ACCOUNTS.customerC,
      body: {
        products: [
          {
            catalogProductId: PRODUCTS.businessBasic,
            siteId: SITES.marketingBlog,
            countryCode: 'NO',
            billingInfo: { type: 'RECURRING', cycleDuration: { unit: 'MONTH', count: 1 } },
          },
        ],
      },
    });
    expect(res.status).toBe(200);
  });

  it('allows a site whose only instances are canceled', async () => {
    const res = await transfer(ACCOUNTS.customerA, {
      siteId: SITES.photoPortfolio,
      sourceAccountId: ACCOUNTS.reseller,
    });
    expect(res.status).toBe(200);
  });

  it.each([
    ['an ENABLED plan', SITES.agencyPortfolio],
    ['a PENDING plan', SITES.lawFirm],
    ['a FAILED instance (any non-canceled instance counts)', SITES.cafeMenu],
  ])('refuses a site with %s with 428 SITE_TRANSFER_NOT_SUPPORTED', async (_name, siteId) => {
    const res = await transfer(ACCOUNTS.customerA, { siteId, sourceAccountId: ACCOUNTS.reseller });
    expect(outcome(res)).toEqual({
      status: 428,
      body: applicationError('SITE_TRANSFER_NOT_SUPPORTED'),
    });
    expect((await h.storedSite(siteId)).ownerAccountId).toBe(ACCOUNTS.reseller);
  });

  it('allows the site once its package is canceled (the remedy Wix documents)', async () => {
    const blocked = await transfer(ACCOUNTS.customerB, {
      siteId: SITES.dentalClinic,
      sourceAccountId: ACCOUNTS.reseller,
    });
    await h.call('DELETE', `/resellers/v1/packages/${PACKAGES.resellerUnlimitedWithDomain}`);
    const allowed = await transfer(ACCOUNTS.customerB, {
      siteId: SITES.dentalClinic,
      sourceAccountId: ACCOUNTS.reseller,
    });
    expect([blocked.status, allowed.status]).toEqual([428, 200]);
    expect((await h.storedSite(SITES.dentalClinic)).ownerAccountId).toBe(ACCOUNTS.customerB);
  });

  it('refuses a site that gets a floating instance assigned after it was transferable', async () => {
    await h.call(
      'PATCH',
      `/resellers/v1/packages/product-instances/${INSTANCES.floatingUnlimited}/${SITES.bakeryDraft}`,
    );
    const res = await transfer(ACCOUNTS.customerA, {
      siteId: SITES.bakeryDraft,
      sourceAccountId: ACCOUNTS.reseller,
    });
    expect(outcome(res)).toEqual({
      status: 428,
      body: applicationError('SITE_TRANSFER_NOT_SUPPORTED'),
    });
  });

  it.each([
    ['to an unrelated account', ACCOUNTS.outsider, ACCOUNTS.reseller, SITES.bakeryDraft],
    ['from an unrelated account', ACCOUNTS.customerA, ACCOUNTS.outsider, SITES.outsiderDraft],
    [
      'from a sub-account back to the parent',
      ACCOUNTS.reseller,
      ACCOUNTS.customerA,
      SITES.customerABlog,
    ],
    ['between two sub-accounts', ACCOUNTS.customerB, ACCOUNTS.customerA, SITES.customerABlog],
  ])(
    'refuses a transfer %s with 403 SITE_TRANSFER_NOT_ALLOWED',
    async (_name, target, source, siteId) => {
      const res = await transfer(target, { siteId, sourceAccountId: source });
      expect(outcome(res)).toEqual({
        status: 403,
        body: applicationError('SITE_TRANSFER_NOT_ALLOWED'),
      });
      expect((await h.storedSite(siteId)).ownerAccountId).toBe(source);
    },
  );

  it('answers an unknown target account with 428 TARGET_ACCOUNT_ID_NOT_FOUND', async () => {
    const res = await transfer(UNKNOWN_ID, {
      siteId: SITES.bakeryDraft,
      sourceAccountId: ACCOUNTS.reseller,
    });
    expect(outcome(res)).toEqual({
      status: 428,
      body: applicationError('TARGET_ACCOUNT_ID_NOT_FOUND'),
    });
  });

  it('answers a site missing from the source account with 400 SITE_NOT_FOUND', async () => {
    const res = await transfer(ACCOUNTS.customerA, {
      siteId: UNKNOWN_ID,
      sourceAccountId: ACCOUNTS.reseller,
    });
    expect(outcome(res)).toEqual({ status: 400, body: applicationError('SITE_NOT_FOUND') });
  });

  it("answers another account's site exactly like a missing one", async () => {
    const foreign = await transfer(ACCOUNTS.customerA, {
      siteId: SITES.outsiderShop,
      sourceAccountId: ACCOUNTS.reseller,
    });
    const missing = await transfer(ACCOUNTS.customerA, {
      siteId: UNKNOWN_ID,
      sourceAccountId: ACCOUNTS.reseller,
    });
    expect(outcome(foreign)).toEqual({ status: 400, body: applicationError('SITE_NOT_FOUND') });
    expect(masked(foreign.body, SITES.outsiderShop)).toEqual(masked(missing.body, UNKNOWN_ID));
    expect(JSON.stringify(foreign.body)).not.toContain(ACCOUNTS.outsider);
  });

  it('honours an allowed transfer added through PUT /_emulator/state', async () => {
    const state = (await h.admin('GET', '/_emulator/state')).body;
    state.allowedTransfers.push({
      id: UNKNOWN_ID,
      sourceAccountId: ACCOUNTS.customerA,
      targetAccountId: ACCOUNTS.customerB,
      createdDate: '2025-01-01T00:00:00.000Z',
      updatedDate: '2025-01-01T00:00:00.000Z',
    });
    await h.admin('PUT', '/_emulator/state', state);
    const res = await transfer(ACCOUNTS.customerB, {
      siteId: SITES.customerABlog,
      sourceAccountId: ACCOUNTS.customerA,
    });
    expect(res.status).toBe(200);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['siteTransfer missing', {}, ['siteTransfer']],
    ['siteTransfer not an object', { siteTransfer: 'site' }, ['siteTransfer']],
    [
      'siteId missing',
      { siteTransfer: { sourceAccountId: ACCOUNTS.reseller } },
      ['siteTransfer.siteId'],
    ],
    [
      'sourceAccountId missing',
      { siteTransfer: { siteId: SITES.bakeryDraft } },
      ['siteTransfer.sourceAccountId'],
    ],
    [
      'IDs that are not GUIDs',
      { siteTransfer: { siteId: 'site', sourceAccountId: 'acc' } },
      ['siteTransfer.siteId', 'siteTransfer.sourceAccountId'],
    ],
    [
      'enableNotifications that is not a boolean',
      {
        siteTransfer: {
          siteId: SITES.bakeryDraft,
          sourceAccountId: ACCOUNTS.reseller,
          enableNotifications: 'yes',
        },
      },
      ['siteTransfer.enableNotifications'],
    ],
  ])('answers %s with 400', async (_name, body, fields) => {
    const res = await h.call('POST', TRANSFER, { account: ACCOUNTS.customerA, body });
    expect(outcome(res)).toEqual({ status: 400, body: validationError(...fields) });
  });
});
