import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config.js';
import { createSeedState } from '../../src/emulator/index.js';
import {
  AdjustInstanceDocument,
  CatalogProductsDocument,
  CreatePackageDocument,
  PackageCatalogProductsDocument,
} from '../generated/graphql.js';
import { INSTANCES, PACKAGES, PRODUCTS, UNKNOWN_ID, summarize, useGateway } from '../harness.js';

const dir = mkdtempSync(join(tmpdir(), 'catalog-test-'));

function catalogFile(content: unknown): string {
  const path = join(dir, `catalog-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const YEARLY = { type: 'RECURRING', cycleDuration: { unit: 'YEAR', count: 1 } } as const;

/** A catalog that lists the VIP plan (under the reseller's own name for it) and not the mailbox. */
const VIP_ONLY = catalogFile({
  products: [
    {
      id: PRODUCTS.businessVip.toUpperCase(),
      name: 'VIP plan (agency price list)',
      productType: 'PREMIUM_PLAN',
      billingCycles: [YEARLY],
    },
  ],
});

const monthly = { type: 'RECURRING' as const, cycleDuration: { unit: 'MONTH' as const } };

describe('over the embedded emulator, whose catalog is the default', () => {
  const gateway = useGateway();

  it('lists the emulator catalog in catalogProducts, without calling Wix', async () => {
    const response = await gateway.execute(CatalogProductsDocument);
    const seed = createSeedState().catalog;
    expect(response).toEqual({
      status: 200,
      data: {
        catalogProducts: seed.map((p) => ({
          id: p.id,
          name: p.name,
          productType: p.productType,
          billingCycles: p.billingCycles.map((c) => ({
            type: c.type,
            cycleDuration: c.cycleDuration ?? null,
          })),
        })),
      },
    });
    expect(response.data?.catalogProducts).toContainEqual({
      id: PRODUCTS.businessVip,
      name: 'Business VIP',
      productType: 'PREMIUM_PLAN',
      billingCycles: [
        { type: 'RECURRING', cycleDuration: { unit: 'MONTH', count: 1 } },
        { type: 'RECURRING', cycleDuration: { unit: 'YEAR', count: 1 } },
        { type: 'RECURRING', cycleDuration: { unit: 'YEAR', count: 2 } },
      ],
    });
    expect(await gateway.upstreamCalls()).toEqual([]);
  });

  it('refuses createPackage with a product ID the catalog does not list, naming its input path, before any upstream call', async () => {
    const response = await gateway.execute(CreatePackageDocument, {
      input: {
        products: [
          { catalogProductId: PRODUCTS.businessBasic, countryCode: 'US', billingInfo: monthly },
          { catalogProductId: UNKNOWN_ID, countryCode: 'US', billingInfo: monthly },
        ],
      },
    });
    expect(response.errors).toEqual([
      {
        message: `Not in the product catalog: input.products[1].catalogProductId "${UNKNOWN_ID}"`,
        locations: [{ line: 2, column: 3 }],
        path: ['createPackage'],
        extensions: {
          code: 'BAD_USER_INPUT',
          fieldViolations: [
            {
              field: 'input.products[1].catalogProductId',
              reason: 'PRODUCT_NOT_FOUND',
              description: 'is not a product of the catalog',
            },
          ],
        },
      },
    ]);
    expect(response.data).toBeNull();
    expect(await gateway.upstreamCalls()).toEqual([]);
  });

  it('lets createPackage with listed products through to Wix', async () => {
    const response = await gateway.execute(CreatePackageDocument, {
      input: {
        products: [
          { catalogProductId: PRODUCTS.businessBasic, countryCode: 'US', billingInfo: monthly },
        ],
      },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.createPackage.package.productInstances).toEqual([
      expect.objectContaining({ catalogProductId: PRODUCTS.businessBasic, status: 'PENDING' }),
    ]);
  });

  it('refuses adjustInstance to a product ID the catalog does not list, naming catalogProductId, before any upstream call', async () => {
    const response = await gateway.execute(AdjustInstanceDocument, {
      instanceId: INSTANCES.unlimitedOnDentalClinic,
      catalogProductId: UNKNOWN_ID.toUpperCase(),
    });
    expect(response.errors).toEqual([
      {
        message: `Not in the product catalog: catalogProductId "${UNKNOWN_ID}"`,
        locations: [{ line: 2, column: 3 }],
        path: ['adjustInstance'],
        extensions: {
          code: 'BAD_USER_INPUT',
          fieldViolations: [
            {
              field: 'catalogProductId',
              reason: 'PRODUCT_NOT_FOUND',
              description: 'is not a product of the catalog',
            },
          ],
        },
      },
    ]);
    expect(response.data).toBeNull();
    expect(await gateway.upstreamCalls()).toEqual([]);
  });

  it('lets adjustInstance of the billing cycle alone through, with no product ID to check', async () => {
    const response = await gateway.execute(AdjustInstanceDocument, {
      instanceId: INSTANCES.unlimitedOnDentalClinic,
      billingInfo: { type: 'RECURRING', cycleDuration: { unit: 'YEAR', count: 1 } },
    });
    expect(response.errors).toBeUndefined();
    expect(summarize(await gateway.upstreamCalls())).toEqual([
      expect.stringMatching(/^PATCH \/resellers\/v1\/packages\/product-instances\//),
    ]);
  });
});

describe('with WIX_CATALOG_FILE', () => {
  const gateway = useGateway({ env: { WIX_CATALOG_FILE: VIP_ONLY } });

  it('names an instance from the file, and answers only the ID of a product the file does not list, without an error', async () => {
    const response = await gateway.execute(PackageCatalogProductsDocument, {
      id: PACKAGES.resellerVipAndMailbox,
    });
    expect(response).toEqual({
      status: 200,
      data: {
        package: {
          id: PACKAGES.resellerVipAndMailbox,
          productInstances: [
            {
              id: expect.any(String),
              catalogProductId: PRODUCTS.businessVip,
              catalogProduct: {
                id: PRODUCTS.businessVip,
                name: 'VIP plan (agency price list)',
                productType: 'PREMIUM_PLAN',
                billingCycles: [YEARLY],
              },
            },
            {
              id: expect.any(String),
              catalogProductId: PRODUCTS.workspaceMailbox,
              catalogProduct: {
                id: PRODUCTS.workspaceMailbox,
                name: null,
                productType: null,
                billingCycles: null,
              },
            },
          ],
        },
      },
    });
    // The names cost no upstream call: one Get Package, as without them.
    expect(summarize(await gateway.upstreamCalls())).toHaveLength(1);
  });

  it('lists only the file in catalogProducts, IDs lower-cased', async () => {
    const response = await gateway.execute(CatalogProductsDocument);
    expect(response.data?.catalogProducts).toEqual([
      {
        id: PRODUCTS.businessVip,
        name: 'VIP plan (agency price list)',
        productType: 'PREMIUM_PLAN',
        billingCycles: [YEARLY],
      },
    ]);
  });

  it('refuses createPackage with a product the emulator sells but the file does not list', async () => {
    const response = await gateway.execute(CreatePackageDocument, {
      input: {
        products: [
          { catalogProductId: PRODUCTS.workspaceMailbox, countryCode: 'US', billingInfo: monthly },
        ],
      },
    });
    expect(response.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldViolations: [
        {
          field: 'input.products[0].catalogProductId',
          reason: 'PRODUCT_NOT_FOUND',
          description: 'is not a product of the catalog',
        },
      ],
    });
    expect(await gateway.upstreamCalls()).toEqual([]);
  });

  it('refuses adjustInstance to a product the emulator sells but the file does not list', async () => {
    const response = await gateway.execute(AdjustInstanceDocument, {
      instanceId: INSTANCES.unlimitedOnDentalClinic,
      catalogProductId: PRODUCTS.workspaceMailbox,
    });
    expect(response.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldViolations: [
        {
          field: 'catalogProductId',
          reason: 'PRODUCT_NOT_FOUND',
          description: 'is not a product of the catalog',
        },
      ],
    });
    expect(await gateway.upstreamCalls()).toEqual([]);
  });

  it('lets adjustInstance to a product the file lists through to Wix', async () => {
    const response = await gateway.execute(AdjustInstanceDocument, {
      instanceId: INSTANCES.unlimitedOnDentalClinic,
      catalogProductId: PRODUCTS.businessVip,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.adjustInstance.instance.catalogProductId).toBe(PRODUCTS.businessVip);
  });
});

describe('without a catalog', () => {
  const gateway = useGateway({ emulatorCatalog: false });

  it('answers an empty catalogProducts and instances with their product ID alone', async () => {
    const list = await gateway.execute(CatalogProductsDocument);
    expect(list).toEqual({ status: 200, data: { catalogProducts: [] } });
    const response = await gateway.execute(PackageCatalogProductsDocument, {
      id: PACKAGES.resellerVipAndMailbox,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.package?.productInstances.map((i) => i.catalogProduct)).toEqual([
      { id: PRODUCTS.businessVip, name: null, productType: null, billingCycles: null },
      { id: PRODUCTS.workspaceMailbox, name: null, productType: null, billingCycles: null },
    ]);
  });

  it('leaves product IDs to Wix: an unknown one reaches Create Package', async () => {
    const response = await gateway.execute(CreatePackageDocument, {
      input: {
        products: [{ catalogProductId: UNKNOWN_ID, countryCode: 'US', billingInfo: monthly }],
      },
    });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      upstreamCode: 'PRODUCT_NOT_FOUND',
    });
    expect(summarize(await gateway.upstreamCalls())).toContainEqual(
      expect.stringMatching(/^POST \/resellers\/v2\/packages /),
    );
  });

  it('leaves adjustInstance product IDs to Wix: an unknown one reaches Adjust', async () => {
    const response = await gateway.execute(AdjustInstanceDocument, {
      instanceId: INSTANCES.unlimitedOnDentalClinic,
      catalogProductId: UNKNOWN_ID,
    });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      upstreamCode: 'PRODUCT_NOT_FOUND',
      fieldViolations: [expect.objectContaining({ field: 'catalogProductId' })],
    });
    expect(summarize(await gateway.upstreamCalls())).toContainEqual(
      expect.stringMatching(/^PATCH \/resellers\/v1\/packages\/product-instances\//),
    );
  });
});

describe('WIX_CATALOG_FILE at start-up', () => {
  const load = (content: unknown) => () => loadConfig({ WIX_CATALOG_FILE: catalogFile(content) });
  const vip = {
    id: PRODUCTS.businessVip,
    name: 'Business VIP',
    productType: 'PREMIUM_PLAN',
    billingCycles: [YEARLY],
  };

  it.each([
    [
      'an entry without a GUID',
      { products: [vip, { ...vip, id: 'vip' }] },
      /^WIX_CATALOG_FILE \(".*"\): products\[1\]\.id \(entry "vip"\): must be a catalog product GUID$/,
    ],
    [
      'a product listed twice',
      { products: [vip, { ...vip, id: PRODUCTS.businessVip.toUpperCase() }] },
      /products\[1\]\.id \(entry "[0-9A-F-]+"\): lists the same product twice$/,
    ],
    [
      'a product without billing cycles',
      { products: [{ ...vip, billingCycles: [] }] },
      /products\[0\]\.billingCycles \(entry "[0-9a-f-]+"\): must list at least one billing cycle$/,
    ],
    [
      'a RECURRING cycle without its duration',
      { products: [{ ...vip, billingCycles: [{ type: 'RECURRING' }] }] },
      /products\[0\]\.billingCycles\[0\]\.cycleDuration \(entry "[0-9a-f-]+"\): is required when RECURRING$/,
    ],
    [
      'an unknown unit',
      {
        products: [
          { ...vip, billingCycles: [{ type: 'RECURRING', cycleDuration: { unit: 'DECADE' } }] },
        ],
      },
      /products\[0\]\.billingCycles\[0\]\.cycleDuration\.unit \(entry "[0-9a-f-]+"\): must be DAY, WEEK, MONTH or YEAR$/,
    ],
    [
      'an empty name',
      { products: [{ ...vip, name: ' ' }] },
      /products\[0\]\.name .*non-empty name/,
    ],
    ['a file without products', { catalog: [vip] }, /: products: /],
    ['text that is not JSON', '{ products: ', /is not JSON/],
  ])('refuses %s, naming the entry', (_, content, message) => {
    expect(load(content)).toThrow(ConfigError);
    expect(load(content)).toThrow(message);
  });

  it('refuses a file it cannot read, naming it', () => {
    const path = join(dir, 'missing.json');
    expect(() => loadConfig({ WIX_CATALOG_FILE: path })).toThrow(
      new ConfigError(`WIX_CATALOG_FILE: cannot read "${path}"`),
    );
  });
});
