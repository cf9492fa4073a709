/**
 * Assign Product Instance To Site (docs/wix-api.md). Works on floating instances
 * and moves assigned ones directly; assigning to the current site is a no-op.
 */
import type { Package } from '../../wix-api/types.js';
import type { CatalogProduct, EmulatorState } from '../state.js';
import { productOf, requireOwnInstance, requireOwnSite } from './lookups.js';
import { requireMutableStatus } from './requireMutableStatus.js';
import { checkPrerequisites, checkTypeFreeOnSite } from './siteRules.js';
import { recordChange } from './recordChange.js';

export function assignInstance(
  state: EmulatorState,
  accountId: string,
  instanceId: string,
  siteId: string,
  now: string,
): Package {
  const { pkg, instance } = requireOwnInstance(state, accountId, instanceId);
  requireMutableStatus(instance, 'assign');
  const site = requireOwnSite(state, accountId, siteId);
  if (instance.siteId === site.id) return pkg;
  const product = productOf(state, instance) as CatalogProduct | undefined;
  if (product) {
    checkTypeFreeOnSite(state, site, product, instance.instanceId);
    checkPrerequisites(site, product);
  }
  instance.siteId = site.id;
  recordChange(state, pkg, instance, now);
  return pkg;
}
