import { z } from 'zod';
import { entriesWithUniqueIds, fileGuid, jsonFileSetting } from '../config/jsonFile.js';
import { settingGroup, type ConfigOf } from '../config/setting.js';
import { catalogEntry, type CatalogEntry } from './ProductCatalog.js';

const billingCycle = z
  .object({
    type: z.enum(['ONE_TIME', 'RECURRING'], { error: 'must be ONE_TIME or RECURRING' }),
    cycleDuration: z
      .object({
        unit: z.enum(['DAY', 'WEEK', 'MONTH', 'YEAR'], {
          error: 'must be DAY, WEEK, MONTH or YEAR',
        }),
        count: z.number().int().min(1, 'must be a whole number from 1').optional(),
      })
      .optional(),
  })
  .superRefine(({ type, cycleDuration }, context) => {
    // Wix's own rule for a well-formed cycle (docs/wix-api.md "Create Package V2").
    if (type === 'RECURRING' && cycleDuration === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['cycleDuration'],
        message: 'is required when RECURRING',
      });
    }
    if (type === 'ONE_TIME' && cycleDuration !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['cycleDuration'],
        message: 'must be absent when ONE_TIME',
      });
    }
  });

const catalogFile = z.object({
  products: entriesWithUniqueIds(
    z.object({
      id: fileGuid('must be a catalog product GUID'),
      name: z.string().trim().min(1, 'must be a non-empty name'),
      productType: z.string().trim().min(1, 'must be a non-empty product type, e.g. PREMIUM_PLAN'),
      billingCycles: z.array(billingCycle).min(1, 'must list at least one billing cycle'),
    }),
    'lists the same product twice',
  ),
});

/** The reseller's product catalog: names for catalog product IDs, and the IDs createPackage accepts. */
export const catalogSettings = settingGroup({
  title: 'Product catalog',
  settings: {
    products: jsonFileSetting({
      name: 'WIX_CATALOG_FILE',
      defaultText: "unset; the emulator's catalog when it is embedded",
      description:
        'The products the reseller sells, `{ "products": [{ "id": "<guid>", "name": "Business VIP", "productType": "PREMIUM_PLAN", "billingCycles": [{ "type": "RECURRING", "cycleDuration": { "unit": "YEAR", "count": 1 } }] }] }`, checked at start-up (a bad entry stops it, named). Wix publishes no catalog endpoint ([why a file](wix-api.md#product-catalog)). It names products in `catalogProducts` and `ProductInstance.catalogProduct`, and `createPackage` and `adjustInstance` refuse a product ID it does not list before calling Wix. Unset: no names, and Wix alone judges product IDs.',
      schema: catalogFile,
      read: ({ products }): CatalogEntry[] => products.map(catalogEntry),
    }),
  },
});

export type CatalogConfig = ConfigOf<typeof catalogSettings>;
