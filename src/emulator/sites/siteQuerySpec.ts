/**
 * Filterable and sortable Site fields of Query/Count Sites (docs/wix-api.md "Site filters", the
 * 2025 operator table). `premium` is not accepted by Count Sites ("Query Sites and Count Sites" there).
 */
import type { Site } from '../../wix-api/types.js';
import type { FieldSpec, FilterSpec, Operator } from '../query/filter.js';
import type { QuerySpec } from '../query/runQuery.js';

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

const field = (
  get: (s: Site) => unknown,
  operators: Operator[],
  type: FieldSpec<Site>['type'],
): FieldSpec<Site> => ({ get, operators, type });

const QUERY_FIELDS: Record<string, FieldSpec<Site>> = {
  id: field((s) => s.id, ID_OPS, 'string'),
  name: field((s) => s.name, ID_OPS, 'string'),
  folderId: field((s) => s.folderId, ID_OPS, 'string'),
  published: field((s) => s.published, FLAG_OPS, 'boolean'),
  premium: field((s) => s.premium, FLAG_OPS, 'boolean'),
  editorType: field((s) => s.editorType, FLAG_OPS, 'string'),
  namespace: field((s) => s.namespace, FLAG_OPS, 'string'),
  domainConnected: field((s) => s.domainConnected, FLAG_OPS, 'boolean'),
};

const COUNT_FIELDS = Object.fromEntries(
  Object.entries(QUERY_FIELDS).filter(([name]) => name !== 'premium'),
);

/** Emulator choice (docs: unconfirmed): logical operators are accepted on sites. */
const queryFilter: FilterSpec<Site> = { fields: QUERY_FIELDS, logical: true };
export const countSitesFilter: FilterSpec<Site> = { fields: COUNT_FIELDS, logical: true };

export const SITES_DEFAULT_LIMIT = 50;
export const SITES_MAX_LIMIT = 100;

export const querySitesSpec: QuerySpec<Site> = {
  endpoint: 'querySites',
  filter: queryFilter,
  sort: {
    fields: {
      displayName: (s) => s.displayName,
      createdDate: (s) => s.createdDate,
      updatedDate: (s) => s.updatedDate,
      trashedDate: (s) => s.trashedDate,
    },
    // Emulator choice (docs: unconfirmed): newest first, like Query Packages.
    defaultSort: [{ fieldName: 'createdDate', order: 'DESC' }],
    id: (s) => s.id,
  },
  defaultLimit: SITES_DEFAULT_LIMIT,
  maxLimit: SITES_MAX_LIMIT,
  offsetPaging: false,
};
