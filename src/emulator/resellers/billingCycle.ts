/**
 * Choosing and checking an instance's billing cycle against the product's
 * supported cycles (docs/wix-api.md "Create Package V2"). A malformed cycle (UNKNOWN type,
 * RECURRING without a period, ONE_TIME with one) is INVALID_BILLING_CYCLE; a
 * well-formed one the product does not sell is INCOMPATIBLE_BILLING_CYCLE.
 */
import type { Cycle } from '../../wix-api/types.js';
import { WixError } from '../errors.js';
import type { CatalogProduct } from '../state.js';

export function resolveBillingCycle(product: CatalogProduct, requested: Cycle | undefined): Cycle {
  if (!requested) {
    if (product.billingCycles.length === 1) return structuredClone(product.billingCycles[0]);
    throw WixError.application(
      'MISSING_BILLING_CYCLE',
      `Product ${product.id} supports several billing cycles; billingInfo is required`,
      { data: { catalogProductId: product.id } },
    );
  }
  if (!isWellFormed(requested)) {
    throw WixError.application(
      'INVALID_BILLING_CYCLE',
      `billingInfo ${describe(requested)} matches none of the allowed billing cycles`,
      { data: { catalogProductId: product.id } },
    );
  }
  const match = product.billingCycles.find((c) => sameCycle(c, requested));
  if (!match) {
    throw WixError.application(
      'INCOMPATIBLE_BILLING_CYCLE',
      `Product ${product.id} does not support billing cycle ${describe(requested)}; supported: ${product.billingCycles.map(describe).join(', ')}`,
      { data: { catalogProductId: product.id } },
    );
  }
  return structuredClone(match);
}

export function sameCycle(a: Cycle, b: Cycle): boolean {
  if (a.type !== b.type) return false;
  if (a.type !== 'RECURRING') return true;
  return (
    a.cycleDuration?.unit === b.cycleDuration?.unit &&
    (a.cycleDuration?.count ?? 1) === (b.cycleDuration?.count ?? 1)
  );
}

function isWellFormed(cycle: Cycle): boolean {
  if (cycle.type === 'ONE_TIME') return cycle.cycleDuration === undefined;
  if (cycle.type !== 'RECURRING') return false;
  const unit = cycle.cycleDuration?.unit;
  return unit !== undefined && unit !== 'UNKNOWN';
}

function describe(cycle: Cycle): string {
  if (cycle.type !== 'RECURRING') return cycle.type;
  return `RECURRING every ${cycle.cycleDuration?.count ?? 1} ${cycle.cycleDuration?.unit ?? '?'}`;
}
