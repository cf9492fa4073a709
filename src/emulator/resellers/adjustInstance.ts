/**
 * Adjust Product Instance Specifications (docs/wix-api.md): up/downgrade within a
 * product type and/or change of billing cycle. All checks run before the
 * instance is touched.
 */
import type { Cycle, Package } from '../../wix-api/types.js';
import { WixError } from '../errors.js';
import type { CatalogProduct, EmulatorState } from '../state.js';
import { resolveBillingCycle, sameCycle } from './billingCycle.js';
import { productOf, requireOwnInstance, requireOwnSite } from './lookups.js';
import type { AdjustInput } from './parseAdjust.js';
import { checkSubscriptionLimit, requireSellableProducts } from './productRules.js';
import { requireMutableStatus } from './requireMutableStatus.js';
import { checkPrerequisites } from './siteRules.js';
import { recordChange } from './recordChange.js';

export function adjustInstance(
  state: EmulatorState,
  accountId: string,
  instanceId: string,
  input: AdjustInput,
  now: string,
): Package {
  const { pkg, instance } = requireOwnInstance(state, accountId, instanceId);
  if (!input.catalogProductId && !input.billingInfo) {
    throw missingDetails(
      'Either catalogProductId or billingInfo is required to adjust an instance',
    );
  }
  requireMutableStatus(instance, 'adjust');
  const current = productOf(state, instance);
  if (current && !current.adjustable) {
    throw WixError.application(
      'OPERATION_NOT_SUPPORTED_FOR_PRODUCT',
      `Product ${current.id} does not support adjusting its specifications`,
      { data: { catalogProductId: current.id } },
    );
  }
  const recurring =
    instance.billingInfo?.type === 'RECURRING' || input.billingInfo?.type === 'RECURRING';
  if (input.billingInfo && recurring && !input.billingInfo.cycleDuration?.unit) {
    throw missingDetails('billingInfo.cycleDuration.unit is required for a RECURRING instance');
  }

  let target: CatalogProduct | undefined = current;
  if (input.catalogProductId && input.catalogProductId !== instance.catalogProductId) {
    [target] = requireSellableProducts(state, [input.catalogProductId]);
    if (current && target.productType !== current.productType) {
      throw WixError.application(
        'INCOMPATIBLE_PRODUCT',
        `Product ${target.id} (${target.productType}) is not of the instance's product type ${current.productType}`,
        { data: { catalogProductId: target.id } },
      );
    }
  }
  if (!target) {
    // The instance's own product vanished from the catalog (admin state edit).
    throw WixError.application(
      'PRODUCT_NOT_FOUND',
      `Product ${instance.catalogProductId} was not found`,
    );
  }
  const cycle: Cycle = resolveBillingCycle(
    target,
    input.billingInfo ?? keptCycle(target, instance.billingInfo),
  );
  const productChanges = target.id !== instance.catalogProductId;
  if (productChanges) {
    checkSubscriptionLimit(state, accountId, target, 1);
    if (instance.siteId)
      checkPrerequisites(requireOwnSite(state, accountId, instance.siteId), target);
  }

  const cycleChanges = !instance.billingInfo || !sameCycle(instance.billingInfo, cycle);
  if (!productChanges && !cycleChanges) return pkg;
  instance.catalogProductId = target.id;
  instance.billingInfo = cycle;
  // A discount code is only taken together with a new product (docs/wix-api.md "Adjust Product Instance Specifications").
  if (productChanges && input.discountCode) instance.discountCode = input.discountCode;
  recordChange(state, pkg, instance, now);
  return pkg;
}

/**
 * Without a new billingInfo the instance keeps its cycle when the new product
 * sells it; otherwise the product's single cycle applies (README choice 16).
 */
function keptCycle(product: CatalogProduct, current: Cycle | undefined): Cycle | undefined {
  if (!current) return undefined;
  const sold = product.billingCycles.some((c) => sameCycle(c, current));
  return sold || product.billingCycles.length !== 1 ? current : undefined;
}

function missingDetails(description: string): WixError {
  return WixError.application('MISSING_PRODUCT_DETAILS', description);
}
