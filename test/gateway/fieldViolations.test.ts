import {
  AdjustInstanceDocument,
  AssignInstanceDocument,
  CreatePackageDocument,
  ReassignInstanceDocument,
  TransferSiteDocument,
} from '../generated/graphql.js';
import { ACCOUNTS, INSTANCES, PRODUCTS, SITES, UNKNOWN_ID, useGateway } from '../harness.js';

/**
 * `extensions.fieldViolations` over HTTP against the emulator: whoever refuses
 * an input (the gateway's checks, or Wix's answer to the request it built),
 * the error names it by its GraphQL path, so a form can show it beside it.
 */
const gateway = useGateway();

const monthly = { type: 'RECURRING' as const, cycleDuration: { unit: 'MONTH' as const } };

describe('field violations a form can place', () => {
  it('puts a missing billing cycle on the billing info of the product that lacks it', async () => {
    const response = await gateway.execute(CreatePackageDocument, {
      input: {
        products: [
          { catalogProductId: PRODUCTS.logoOneTime, countryCode: 'US' },
          {
            catalogProductId: PRODUCTS.businessBasic,
            countryCode: 'US',
            siteId: SITES.bakeryDraft,
          },
        ],
      },
    });
    expect(response.errors).toEqual([
      {
        message: `Could not create a package in account "${ACCOUNTS.reseller}": the product has several billing cycles, so billingInfo is required`,
        locations: [{ line: 2, column: 3 }],
        path: ['createPackage'],
        extensions: {
          code: 'FAILED_PRECONDITION',
          upstreamCode: 'MISSING_BILLING_CYCLE',
          fieldViolations: [
            {
              field: 'input.products[1].billingInfo',
              reason: 'MISSING_BILLING_CYCLE',
              description: 'the product has several billing cycles, so billingInfo is required',
            },
          ],
        },
      },
    ]);
    expect(response.data).toBeNull();
  });

  it('puts a billing cycle the product does not sell on that billing info', async () => {
    const response = await gateway.execute(CreatePackageDocument, {
      input: {
        products: [
          { catalogProductId: PRODUCTS.businessBasic, countryCode: 'US', billingInfo: monthly },
          { catalogProductId: PRODUCTS.logoOneTime, countryCode: 'US', billingInfo: monthly },
        ],
      },
    });
    expect(response.errors?.[0].extensions).toEqual({
      code: 'FAILED_PRECONDITION',
      upstreamCode: 'INCOMPATIBLE_BILLING_CYCLE',
      fieldViolations: [
        {
          field: 'input.products[1].billingInfo',
          reason: 'INCOMPATIBLE_BILLING_CYCLE',
          description: 'the product does not support that billing cycle',
        },
      ],
    });
  });

  it("puts another account's site on the product's siteId", async () => {
    const response = await gateway.execute(CreatePackageDocument, {
      input: {
        products: [
          {
            catalogProductId: PRODUCTS.businessBasic,
            countryCode: 'US',
            billingInfo: monthly,
            siteId: SITES.outsiderShop,
          },
        ],
      },
    });
    expect(response.errors?.[0].extensions).toEqual({
      code: 'NOT_FOUND',
      upstreamCode: 'SITE_NOT_FOUND',
      fieldViolations: [
        {
          field: 'input.products[0].siteId',
          reason: 'SITE_NOT_FOUND',
          description: 'the site does not exist in the account acted on',
        },
      ],
    });
  });

  it('names no input when a code concerns several: the same product twice on one site', async () => {
    const twice = {
      catalogProductId: PRODUCTS.workspaceMailbox,
      countryCode: 'US',
      billingInfo: monthly,
      siteId: SITES.bakeryDraft,
    };
    const response = await gateway.execute(CreatePackageDocument, {
      input: { products: [twice, twice] },
    });
    expect(response.errors?.[0].extensions).toEqual({
      code: 'FAILED_PRECONDITION',
      upstreamCode: 'MULTIPLE_PRODUCT_ASSIGNMENTS',
    });
  });

  it('names the siteId argument of assignInstance when Wix refuses the site', async () => {
    const response = await gateway.execute(AssignInstanceDocument, {
      instanceId: INSTANCES.floatingBasic,
      siteId: SITES.outsiderShop,
    });
    expect(response.errors?.[0].extensions).toEqual({
      code: 'NOT_FOUND',
      upstreamCode: 'SITE_NOT_FOUND',
      fieldViolations: [
        {
          field: 'siteId',
          reason: 'SITE_NOT_FOUND',
          description: 'the site does not exist in the account acted on',
        },
      ],
    });
  });

  it('names toSiteId when reassignInstance is given a site the account does not have, before any write', async () => {
    const response = await gateway.execute(ReassignInstanceDocument, {
      instanceId: INSTANCES.floatingBasic,
      toSiteId: UNKNOWN_ID,
    });
    expect(response.errors?.[0].extensions).toEqual({
      code: 'NOT_FOUND',
      fieldViolations: [
        {
          field: 'toSiteId',
          reason: 'SITE_NOT_FOUND',
          description: 'is not a site of the account',
        },
      ],
    });
    const writes = (await gateway.upstreamCalls()).filter((c) => c.method === 'PATCH');
    expect(writes).toEqual([]);
  });

  it('names the billingInfo argument of adjustInstance when Wix refuses the cycle', async () => {
    const response = await gateway.execute(AdjustInstanceDocument, {
      instanceId: INSTANCES.floatingBasic,
      billingInfo: { type: 'RECURRING', cycleDuration: { unit: 'YEAR', count: 2 } },
    });
    expect(response.errors?.[0].extensions).toEqual({
      code: 'FAILED_PRECONDITION',
      upstreamCode: 'INCOMPATIBLE_BILLING_CYCLE',
      fieldViolations: [
        {
          field: 'billingInfo',
          reason: 'INCOMPATIBLE_BILLING_CYCLE',
          description: 'the product does not support that billing cycle',
        },
      ],
    });
  });

  it('names input.siteId when transferSite is given a site the source account does not have', async () => {
    const response = await gateway.execute(TransferSiteDocument, {
      input: {
        siteId: UNKNOWN_ID,
        fromAccountId: ACCOUNTS.reseller,
        toAccountId: ACCOUNTS.customerA,
      },
    });
    expect(response.errors?.[0].extensions).toEqual({
      code: 'NOT_FOUND',
      fieldViolations: [
        {
          field: 'input.siteId',
          reason: 'SITE_NOT_FOUND',
          description: 'is not a site of the account it is transferred from',
        },
      ],
    });
  });
});

describe('transferSite to the account it comes from', () => {
  it('names input.toAccountId, whatever the case of the GUID, before any upstream call', async () => {
    await gateway.clearUpstreamCalls();
    const response = await gateway.execute(TransferSiteDocument, {
      input: {
        siteId: SITES.bakeryDraft,
        fromAccountId: ACCOUNTS.reseller,
        toAccountId: ACCOUNTS.reseller.toUpperCase(),
      },
    });
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: `toAccountId "${ACCOUNTS.reseller}" is the account the site is transferred from`,
        extensions: {
          code: 'BAD_USER_INPUT',
          fieldViolations: [
            {
              field: 'input.toAccountId',
              reason: 'SAME_ACCOUNT',
              description: 'must differ from fromAccountId',
            },
          ],
        },
      }),
    ]);
    expect(await gateway.upstreamCalls()).toEqual([]);
  });
});

describe('field violations of queries refused for one argument', () => {
  it.each([
    ['a malformed site ID', `{ site(id: "nope") { id } }`, 'id', 'FORMAT'],
    [
      'a site the account does not have',
      `{ site(id: "${UNKNOWN_ID}") { id } }`,
      'id',
      'SITE_NOT_FOUND',
    ],
    ['an unknown package', `{ package(id: "${UNKNOWN_ID}") { id } }`, 'id', 'PACKAGE_NOT_FOUND'],
    [
      'an unknown product instance',
      `{ productInstance(id: "${UNKNOWN_ID}") { id } }`,
      'id',
      'PRODUCT_INSTANCE_NOT_FOUND',
    ],
    [
      'a malformed account in a filter',
      `{ packages(filter: { accountIds: ["${ACCOUNTS.customerA}", "nope"] }) { nodes { id } } }`,
      'filter.accountIds',
      'FORMAT',
    ],
    [
      'a too-long search',
      `{ sites(filter: { search: "${'x'.repeat(1_000)}" }) { nodes { id } } }`,
      'filter.search',
      'MAX_LENGTH',
    ],
    ['a forged cursor', `{ sites(after: "x.y") { nodes { id } } }`, 'after', 'INVALID_CURSOR'],
    ['a page size over the maximum', `{ packages(first: 101) { nodes { id } } }`, 'first', 'MAX'],
  ])('names the argument of %s', async (_case, query, field, reason) => {
    const response = await gateway.post(JSON.stringify({ query }));
    const body = response.body as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions.fieldViolations).toEqual([
      { field, reason, description: expect.any(String) },
    ]);
  });
});
