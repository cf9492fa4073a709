/** Catalog rules shared by Create Package and Adjust (docs/wix-api.md "Create Package V2", "Adjust Product Instance Specifications"). */
import { familyAccountIds } from '../accounts.js';
import { WixError } from '../errors.js';
import type { CatalogProduct, EmulatorState } from '../state.js';
import { isLive } from './instanceStatus.js';
import { allInstances, findProduct } from './lookups.js';

/**
 * Resolves product ids to sellable catalog products, checking in the order
 * Wix's table lists: existence (404), resellability, Wix-side settings.
 */
export function requireSellableProducts(state: EmulatorState, ids: string[]): CatalogProduct[] {
  const unique = [...new Set(ids)];
  const missing = unique.filter((id) => !findProduct(state, id));
  if (missing.length) {
    throw WixError.application(
      'PRODUCT_NOT_FOUND',
      `Products not found in the catalog: ${missing.join(', ')}`,
      {
        data: { catalogProductIds: missing },
      },
    );
  }
  const products = unique.map((id) => findProduct(state, id) as CatalogProduct);
  const notResellable = products.filter((p) => !p.resellable).map((p) => p.id);
  if (notResellable.length) {
    throw WixError.application(
      'INVALID_PRODUCTS',
      `Products are not resellable: ${notResellable.join(', ')}`,
      {
        data: { catalogProductIds: notResellable },
      },
    );
  }
  const noSettings = products.filter((p) => !p.hasSettings).map((p) => p.id);
  if (noSettings.length) {
    throw WixError.application(
      'PRODUCT_SETTINGS_NOT_FOUND',
      `Products have no cancel/notify settings and can't be packaged: ${noSettings.join(', ')}`,
      { data: { catalogProductIds: noSettings } },
    );
  }
  return products;
}

/**
 * Throws PRODUCT_LIMIT_EXCEEDED when adding `adding` live instances of a
 * capped product would pass its cap. The cap counts the whole account family,
 * since the reseller holds the contract with Wix.
 */
export function checkSubscriptionLimit(
  state: EmulatorState,
  accountId: string,
  product: CatalogProduct,
  adding: number,
): void {
  if (product.subscriptionLimit === undefined) return;
  const family = familyAccountIds(state, accountId);
  const live = allInstances(state).filter(
    ({ pkg, instance }) =>
      family.has(pkg.accountId) &&
      instance.catalogProductId === product.id &&
      isLive(instance.status),
  ).length;
  if (live + adding > product.subscriptionLimit) {
    throw WixError.application(
      'PRODUCT_LIMIT_EXCEEDED',
      `Product ${product.id} is limited to ${product.subscriptionLimit} concurrent subscriptions (${live} in use)`,
      { data: { catalogProductId: product.id, limit: product.subscriptionLimit, inUse: live } },
    );
  }
}
