/** Rules about what a site can hold, shared by Create Package and Assign (docs/wix-api.md "Create Package V2"). */
import type { Site } from '../../wix-api/types.js';
import { WixError } from '../errors.js';
import type { CatalogProduct, EmulatorState } from '../state.js';
import { isLive } from './instanceStatus.js';
import { allInstances, productOf } from './lookups.js';

/** A site holds at most one live instance per product type. */
export function checkTypeFreeOnSite(
  state: EmulatorState,
  site: Site,
  product: CatalogProduct,
  ignoreInstanceId?: string,
): void {
  const holder = allInstances(state).find(
    ({ instance }) =>
      instance.siteId === site.id &&
      instance.instanceId !== ignoreInstanceId &&
      isLive(instance.status) &&
      productOf(state, instance)?.productType === product.productType,
  );
  if (holder) {
    throw WixError.application(
      'PRODUCT_TYPE_ALREADY_ASSIGNED',
      `Site ${site.id} already holds a product of type ${product.productType}`,
      { data: { siteId: site.id, productType: product.productType } },
    );
  }
}

/** Add-ons such as domains need a Premium plan already on the site. */
export function checkPrerequisites(site: Site, product: CatalogProduct): void {
  if (product.requiresPremiumSite && !site.premium) {
    throw WixError.application(
      'PRODUCT_NOT_SUPPORTED_ON_SITE',
      `Product ${product.id} requires a Premium plan on site ${site.id}`,
      { data: { siteId: site.id, catalogProductId: product.id } },
    );
  }
}
