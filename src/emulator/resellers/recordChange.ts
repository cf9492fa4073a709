/**
 * Marks an instance (or only its package) as changed at `now`, then
 * recomputes which sites are premium: a change of status, product or site
 * can move that, and every paid write goes through here so none forgets it.
 */
import type { Package, ProductInstance } from '../../wix-api/types.js';
import { recomputePremium } from '../sites/premium.js';
import type { EmulatorState } from '../state.js';

export function recordChange(
  state: EmulatorState,
  pkg: Package,
  instance: ProductInstance | undefined,
  now: string,
): void {
  if (instance) instance.updatedDate = now;
  pkg.updatedDate = now;
  recomputePremium(state, now);
}
