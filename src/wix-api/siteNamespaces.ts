import type { SiteNamespace } from './types.js';

// A Record, so the build fails when SiteNamespace gains a value missing here.
const NAMESPACES: Record<SiteNamespace, true> = {
  UNKNOWN_NAMESPACE: true,
  WIX: true,
  SHOUT_OUT: true,
  ALBUMS: true,
  WIX_STORES_TEST_DRIVE: true,
  HOTELS: true,
  CLUBS: true,
  ONBOARDING_DRAFT: true,
  DEV_SITE: true,
  LOGOS: true,
  VIDEO_MAKER: true,
  PARTNER_DASHBOARD: true,
  DEV_CENTER_COMPANY: true,
  HTML_DRAFT: true,
  SITELESS_BUSINESS: true,
  CREATOR_ECONOMY: true,
  DASHBOARD_FIRST: true,
  ANYWHERE: true,
  HEADLESS: true,
  ACCOUNT_MASTER_CMS: true,
  RISE: true,
  BRANDED_FIRST: true,
};

/**
 * Every site namespace Wix defines. Query Sites without a namespace condition
 * lists only `WIX` (and `SITELESS_BUSINESS`) sites, so a read by ID names them all.
 */
export const SITE_NAMESPACES: readonly SiteNamespace[] = Object.freeze(
  Object.keys(NAMESPACES) as SiteNamespace[],
);
