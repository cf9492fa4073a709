/**
 * A site's `premium` flag follows its paid plan: true exactly while an
 * instance of a premium-granting product is assigned to it and PENDING or
 * ENABLED (an emulator choice: Wix documents `premium` only as "has a paid
 * plan"). Recomputed after every change to instances.
 *
 * A site that loses its plan (cancelled, unassigned, moved away, or failed)
 * also loses its connected domain: Wix documents that cancelling or
 * unassigning a Premium plan disconnects the site's domain
 * (docs/wix-api.md "Dependent services"). Regaining a plan does not reconnect it.
 */
import type { Timestamp } from '../../wix-api/types.js';
import type { EmulatorState } from '../state.js';

const GRANTING_STATUSES = new Set(['PENDING', 'ENABLED']);

export function recomputePremium(state: EmulatorState, now: Timestamp): void {
  const granting = new Set(state.catalog.filter((p) => p.grantsPremium).map((p) => p.id));
  const premiumSites = new Set<string>();
  for (const pkg of state.packages) {
    for (const inst of pkg.productInstances) {
      if (
        inst.siteId &&
        granting.has(inst.catalogProductId) &&
        GRANTING_STATUSES.has(inst.status)
      ) {
        premiumSites.add(inst.siteId);
      }
    }
  }
  for (const site of state.sites) {
    const premium = premiumSites.has(site.id);
    if (site.premium === premium) continue;
    site.premium = premium;
    if (!premium) site.domainConnected = false;
    site.updatedDate = now;
  }
}
