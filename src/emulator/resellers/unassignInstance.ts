/** Unassign Product Instance From Site (docs/wix-api.md): the instance becomes floating. */
import type { Package } from '../../wix-api/types.js';
import { WixError } from '../errors.js';
import type { EmulatorState } from '../state.js';
import { requireOwnInstance } from './lookups.js';
import { requireMutableStatus } from './requireMutableStatus.js';
import { recordChange } from './recordChange.js';

export function unassignInstance(
  state: EmulatorState,
  accountId: string,
  instanceId: string,
  now: string,
): Package {
  const { pkg, instance } = requireOwnInstance(state, accountId, instanceId);
  requireMutableStatus(instance, 'unassign');
  // Emulator reading of MISSING_SITE_ID (docs/wix-api.md "Known slips in Wix's examples"): the instance is already floating.
  if (!instance.siteId) {
    throw WixError.application(
      'MISSING_SITE_ID',
      `Product instance ${instanceId} is not assigned to a site; a site ID is needed to unassign`,
      { data: { instanceId } },
    );
  }
  delete instance.siteId;
  recordChange(state, pkg, instance, now);
  return pkg;
}
