import DataLoader from 'dataloader';
import type { SitesApi } from '../datasources/index.js';
import { UPSTREAM_PAGE_LIMIT } from '../wix-api/paging.js';
import { SITE_NAMESPACES } from '../wix-api/siteNamespaces.js';
import type { Site } from '../wix-api/types.js';
import { loaderOptions, type BatchObserver } from './loaderOptions.js';

/**
 * Sites of one account by ID: one Query Sites call (`id $in`) per batch. Site
 * List has no Get Site endpoint, and one page holds at most 100 sites.
 */
export function createSiteByIdLoader(
  sites: SitesApi,
  accountId: string,
  batching: boolean,
  onBatch?: BatchObserver,
) {
  return new DataLoader<string, Site | null>(async (ids) => {
    onBatch?.('siteById', ids.length);
    const response = await sites.querySites(accountId, {
      query: {
        // Without a namespace condition Wix lists only WIX-namespace sites;
        // a site named by ID must load whatever product created it.
        filter: { id: { $in: [...ids] }, namespace: { $in: [...SITE_NAMESPACES] } },
        cursorPaging: { limit: UPSTREAM_PAGE_LIMIT },
      },
    });
    const byId = new Map(response.sites.map((site) => [site.id, site]));
    return ids.map((id) => byId.get(id) ?? null);
  }, loaderOptions(batching));
}
