/** Format validation of an Adjust Product Instance Specifications body (docs/wix-api.md "Adjust Product Instance Specifications"). */
import type { Cycle } from '../../wix-api/types.js';
import { DISCOUNT_CODE_MAX, IDEMPOTENCY_KEY_MAX, Violations } from '../validation.js';
import { parseCycle } from './parseCycle.js';

export interface AdjustInput {
  idempotencyKey?: string;
  catalogProductId?: string;
  billingInfo?: Cycle;
  discountCode?: string;
}

export function parseAdjust(body: Record<string, unknown>): AdjustInput {
  const v = new Violations();
  const input: AdjustInput = {};
  if (v.string('idempotencyKey', body.idempotencyKey, IDEMPOTENCY_KEY_MAX)) {
    input.idempotencyKey = body.idempotencyKey;
  }
  if (v.guid('catalogProductId', body.catalogProductId)) {
    input.catalogProductId = body.catalogProductId.toLowerCase();
  }
  if (v.string('discountCode', body.discountCode, DISCOUNT_CODE_MAX)) {
    input.discountCode = body.discountCode;
  }
  const cycle = parseCycle(v, 'billingInfo', body.billingInfo);
  if (cycle) input.billingInfo = cycle;
  v.throwIfAny();
  return input;
}
