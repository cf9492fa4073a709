import type { Package, ProductInstance } from '../wix-api/types.js';

/**
 * The paid services that stop a site's transfer: every instance assigned to
 * it that is not CANCELED. Wix refuses such a transfer
 * (SITE_TRANSFER_NOT_SUPPORTED) without naming them; `transferSite` checks
 * this before writing and `Site.transferBlockers` shows it without writing.
 */
export function transferBlockers(packages: readonly Package[], siteId: string): ProductInstance[] {
  return packages
    .flatMap((pkg) => pkg.productInstances)
    .filter((i) => i.siteId === siteId && i.status !== 'CANCELED');
}
