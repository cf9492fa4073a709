/** Update Package External Id (docs/wix-api.md). */
import type { Package } from '../../wix-api/types.js';
import type { EmulatorState } from '../state.js';
import { requireAccount, requireOwnPackage } from './lookups.js';
import { touch } from './touch.js';

export function updateExternalId(
  state: EmulatorState,
  accountId: string,
  packageId: string,
  externalId: string,
  now: string,
): Package {
  requireAccount(state, accountId);
  const pkg = requireOwnPackage(state, accountId, packageId);
  if (pkg.externalId !== externalId) {
    pkg.externalId = externalId;
    touch(pkg, undefined, now);
  }
  return pkg;
}
