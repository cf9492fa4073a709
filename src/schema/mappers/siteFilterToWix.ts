import type { Filter } from '../../wix-api/types.js';
import type { SiteFilter } from '../inputs/SiteFilter.js';

/** GraphQL SiteFilter → Wix query filter (operators of docs/wix-api.md "Site filters" only). */
export function siteFilterToWix(filter: SiteFilter | undefined | null): Filter {
  const wix: Filter = {};
  if (!filter) return wix;
  if (filter.ids) wix.id = { $in: filter.ids };
  if (filter.search != null) wix.searchPhrase = { $eq: filter.search };
  if (filter.name != null || filter.nameStartsWith != null) {
    wix.name = {
      ...(filter.name != null && { $eq: filter.name }),
      ...(filter.nameStartsWith != null && { $startsWith: filter.nameStartsWith }),
    };
  }
  if (filter.published != null) wix.published = { $eq: filter.published };
  if (filter.premium != null) wix.premium = { $eq: filter.premium };
  if (filter.domainConnected != null) wix.domainConnected = { $eq: filter.domainConnected };
  if (filter.editorTypes) wix.editorType = { $in: filter.editorTypes };
  if (filter.namespaces) wix.namespace = { $in: filter.namespaces };
  return wix;
}
