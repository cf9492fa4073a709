/** Status groups the business rules share (spec §2.3.4; transitions inferred, UNCONFIRMED). */
import type { ProductInstanceStatus } from '../../wix-api/types.js';

/** Terminal: no Assign, Unassign or Adjust (428 INCOMPATIBLE_PRODUCT_INSTANCE_STATUS). */
export const TERMINAL_STATUSES: ReadonlySet<ProductInstanceStatus> = new Set([
  'CANCELED',
  'FAILED',
]);

/** Counted as a live subscription: towards caps and "one per product type per site". */
export function isLive(status: ProductInstanceStatus): boolean {
  return !TERMINAL_STATUSES.has(status);
}

/** A reference instance must be PENDING or "ACTIVE" (read as ENABLED, spec §7 #7). */
export const REFERENCEABLE_STATUSES: ReadonlySet<ProductInstanceStatus> = new Set([
  'PENDING',
  'ENABLED',
]);
