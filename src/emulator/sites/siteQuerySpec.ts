/**
 * Filterable and sortable fields of Query/Count Sites. Two Wix documents
 * disagree (docs/wix-api.md "Site filters"); the emulator takes the 2025
 * operator table for the fields it lists, and the Filter and Sort guide for
 * the meaning of `name` (a search, like `searchPhrase`) and for the fields only
 * the guide documents (`searchPhrase`, `appIds`, `state`, `displayName`).
 * `premium` and `appIds` are not accepted by Count Sites.
 */
import type { FieldSpec, FilterSpec, Operator } from '../query/filter.js';
import type { QuerySpec } from '../query/runQuery.js';
import type { ListedSite } from './listedSites.js';

const ID_OPS: Operator[] = [
  '$eq',
  '$ne',
  '$exists',
  '$in',
  '$hasSome',
  '$startsWith',
  '$gt',
  '$lt',
  '$lte',
  '$gte',
];
const FLAG_OPS: Operator[] = ['$eq', '$ne', '$exists', '$in', '$hasSome'];
const TEXT_OPS: Operator[] = ['$eq', '$ne', '$exists', '$in', '$startsWith'];

/**
 * The guide's search: the phrase occurs (case-insensitively) in the site's
 * name, display name or one of its connected domains.
 */
export function matchesSearch(listed: ListedSite, phrase: unknown): boolean {
  const needle = String(phrase).toLowerCase();
  const { name, displayName } = listed.site;
  return [name, displayName, ...listed.domains].some((text) => text.toLowerCase().includes(needle));
}

/** `TRASHED` once the site is in the trash, else `ACTIVE` (the guide's only example value). */
export function siteState(listed: ListedSite): 'ACTIVE' | 'TRASHED' {
  return listed.site.trashedDate ? 'TRASHED' : 'ACTIVE';
}

const field = (
  get: (s: ListedSite) => unknown,
  operators: Operator[],
  type: FieldSpec<ListedSite>['type'],
  extra: Partial<FieldSpec<ListedSite>> = {},
): FieldSpec<ListedSite> => ({ get, operators, type, ...extra });

const search = { custom: { $eq: matchesSearch } };

const QUERY_FIELDS: Record<string, FieldSpec<ListedSite>> = {
  id: field((s) => s.site.id, ID_OPS, 'string'),
  // `{"name": "x"}` / `$eq` is the guide's search; the table's other operators compare the name.
  name: field((s) => s.site.name, ID_OPS, 'string', search),
  searchPhrase: field((s) => s.site.name, ['$eq'], 'string', search),
  displayName: field((s) => s.site.displayName, TEXT_OPS, 'string'),
  state: field(siteState, ['$eq', '$ne', '$in'], 'string'),
  appIds: field((s) => s.appIds, ['$hasSome', '$hasAll'], 'string', { array: true }),
  folderId: field((s) => s.site.folderId, ID_OPS, 'string'),
  published: field((s) => s.site.published, FLAG_OPS, 'boolean'),
  premium: field((s) => s.site.premium, FLAG_OPS, 'boolean'),
  editorType: field((s) => s.site.editorType, FLAG_OPS, 'string'),
  namespace: field((s) => s.site.namespace, FLAG_OPS, 'string'),
  domainConnected: field((s) => s.site.domainConnected, FLAG_OPS, 'boolean'),
};

const NOT_COUNTED = new Set(['premium', 'appIds']);
const COUNT_FIELDS = Object.fromEntries(
  Object.entries(QUERY_FIELDS).filter(([name]) => !NOT_COUNTED.has(name)),
);

/** Emulator choice (docs: unconfirmed): logical operators are accepted on sites. */
const queryFilter: FilterSpec<ListedSite> = { fields: QUERY_FIELDS, logical: true };
export const countSitesFilter: FilterSpec<ListedSite> = { fields: COUNT_FIELDS, logical: true };

export const SITES_DEFAULT_LIMIT = 50;
export const SITES_MAX_LIMIT = 100;
/** Query Sites reaches at most this many sites, across all pages (docs/wix-api.md). */
export const SITES_MAX_REACHABLE = 1000;

export const querySitesSpec: QuerySpec<ListedSite> = {
  endpoint: 'querySites',
  filter: queryFilter,
  sort: {
    fields: {
      displayName: (s) => s.site.displayName,
      createdDate: (s) => s.site.createdDate,
      updatedDate: (s) => s.site.updatedDate,
      trashedDate: (s) => s.site.trashedDate,
    },
    // Emulator choice (docs: unconfirmed): newest first, like Query Packages.
    defaultSort: [{ fieldName: 'createdDate', order: 'DESC' }],
    id: (s) => s.site.id,
  },
  defaultLimit: SITES_DEFAULT_LIMIT,
  maxLimit: SITES_MAX_LIMIT,
  offsetPaging: false,
  maxReachable: SITES_MAX_REACHABLE,
};
