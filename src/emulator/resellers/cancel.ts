/**
 * Cancel Package and Cancel Product Instance (docs/wix-api.md). Canceling
 * keeps `siteId` (as Wix's canceled examples do) and is a no-op on instances
 * that are already CANCELED or FAILED.
 */
import type { Package, ProductInstance } from '../../wix-api/types.js';
import type { EmulatorState } from '../state.js';
import { TERMINAL_STATUSES } from './instanceStatus.js';
import { requireOwnInstance, requireOwnPackage } from './lookups.js';
import { recordChange } from './recordChange.js';

export function cancelPackage(
  state: EmulatorState,
  accountId: string,
  packageId: string,
  now: string,
): Package {
  const pkg = requireOwnPackage(state, accountId, packageId);
  let changed = false;
  for (const instance of pkg.productInstances) changed = cancel(instance, now) || changed;
  if (changed) recordChange(state, pkg, undefined, now);
  return pkg;
}

export function cancelInstance(
  state: EmulatorState,
  accountId: string,
  instanceId: string,
  now: string,
): Package {
  const { pkg, instance } = requireOwnInstance(state, accountId, instanceId);
  if (cancel(instance, now)) recordChange(state, pkg, undefined, now);
  return pkg;
}

function cancel(instance: ProductInstance, now: string): boolean {
  if (TERMINAL_STATUSES.has(instance.status)) return false;
  instance.status = 'CANCELED';
  instance.updatedDate = now;
  return true;
}
