import type { Filter } from '../../wix-api/types.js';
import type { PackageFilter } from '../inputs/PackageFilter.js';

/** GraphQL PackageFilter → Wix query filter (operators of docs/wix-api.md "Query Packages" only). */
export function packageFilterToWix(filter: PackageFilter | undefined | null): Filter {
  const wix: Filter = {};
  if (!filter) return wix;
  if (filter.ids) wix.id = { $in: filter.ids };
  if (filter.accountIds) wix.accountId = { $in: filter.accountIds };
  if (filter.externalId != null) wix.externalId = { $eq: filter.externalId };
  if (filter.siteIds) wix['productInstances.siteId'] = { $hasSome: filter.siteIds };
  if (filter.statuses) wix['productInstances.status'] = { $hasSome: filter.statuses };
  if (filter.catalogProductIds) {
    wix['productInstances.catalogProductId'] = { $hasSome: filter.catalogProductIds };
  }
  const created = range(filter.createdAfter, filter.createdBefore);
  if (created) wix.createdDate = created;
  const updated = range(filter.updatedAfter, filter.updatedBefore);
  if (updated) wix.updatedDate = updated;
  return wix;
}

function range(from: Date | undefined | null, before: Date | undefined | null) {
  if (!from && !before) return undefined;
  return {
    ...(from && { $gte: from.toISOString() }),
    ...(before && { $lt: before.toISOString() }),
  };
}
