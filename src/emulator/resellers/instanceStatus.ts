/** Status groups the business rules share (docs/wix-api.md "Package and ProductInstance"; transitions inferred, unconfirmed). */
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

/** A reference instance must be PENDING or "ACTIVE" (read as ENABLED, docs/wix-api.md "Known slips in Wix's examples"). */
export const REFERENCEABLE_STATUSES: ReadonlySet<ProductInstanceStatus> = new Set([
  'PENDING',
  'ENABLED',
]);
