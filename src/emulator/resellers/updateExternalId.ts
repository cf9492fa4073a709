/** Update Package External Id (docs/wix-api.md). */
import type { Package } from '../../wix-api/types.js';
import type { EmulatorState } from '../state.js';
import { requireOwnPackage } from './lookups.js';
import { recordChange } from './recordChange.js';

export function updateExternalId(
  state: EmulatorState,
  accountId: string,
  packageId: string,
  externalId: string,
  now: string,
): Package {
  const pkg = requireOwnPackage(state, accountId, packageId);
  if (pkg.externalId !== externalId) {
    pkg.externalId = externalId;
    recordChange(state, pkg, undefined, now);
  }
  return pkg;
}
