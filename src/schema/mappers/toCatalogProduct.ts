import type { CatalogEntry } from '../../catalog/index.js';
import { CatalogProduct } from '../CatalogProduct.js';
import { toBillingInfo } from './toBillingInfo.js';

/** A catalog product by ID: the catalog's entry when it lists one, else the ID alone. */
export function toCatalogProduct(id: string, entry: CatalogEntry | undefined): CatalogProduct {
  return Object.assign(new CatalogProduct(), {
    id,
    name: entry?.name,
    productType: entry?.productType,
    billingCycles: entry?.billingCycles.map(toBillingInfo),
  });
}
