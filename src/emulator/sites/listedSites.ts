/**
 * The sites an account's site list shows before the caller's filter applies,
 * each with the facts Site List filters on but does not return (domains,
 * installed apps). Unless the filter mentions `namespace`, only the namespaces
 * Wix documents as shown in the site list are listed: `WIX` and
 * `SITELESS_BUSINESS` (docs/wix-api.md "Which sites are listed"); headless and
 * other special sites need `namespace: {"$in": [...]}`.
 */
import type { Site, SiteNamespace } from '../../wix-api/types.js';
import type { EmulatorState } from '../state.js';
import { isPlainObject } from '../validation.js';

export interface ListedSite {
  site: Site;
  /** Connected domain names (empty while `domainConnected` is false). */
  domains: readonly string[];
  appIds: readonly string[];
}

export const LISTED_BY_DEFAULT: ReadonlySet<SiteNamespace> = new Set(['WIX', 'SITELESS_BUSINESS']);

export function listedSites(
  state: EmulatorState,
  accountId: string,
  filter: unknown,
): ListedSite[] {
  const extras = new Map(state.siteExtras.map((e) => [e.siteId, e]));
  const owned = state.sites.filter((s) => s.ownerAccountId === accountId);
  const shown = mentionsField(filter, 'namespace')
    ? owned
    : owned.filter((s) => LISTED_BY_DEFAULT.has(s.namespace));
  return shown.map((site) => {
    const extra = extras.get(site.id);
    return {
      site,
      domains: site.domainConnected ? (extra?.domains ?? []) : [],
      appIds: extra?.appIds ?? [],
    };
  });
}

function mentionsField(filter: unknown, name: string): boolean {
  if (Array.isArray(filter)) return filter.some((f) => mentionsField(f, name));
  if (!isPlainObject(filter)) return false;
  return Object.entries(filter).some(
    ([key, value]) => key === name || (key.startsWith('$') && mentionsField(value, name)),
  );
}
