/**
 * Filterable and sortable Package fields of Query Packages, exactly the table
 * of docs/wix-api.md "Query Packages". Nested `productInstances.*` paths are array fields: a package
 * matches `$hasSome` when any of its instances has one of the values.
 */
import type { Package, ProductInstance } from '../../wix-api/types.js';
import type { FieldSpec, FieldType, Operator } from '../query/filter.js';
import type { QuerySpec } from '../query/runQuery.js';

const SCALAR_OPS: Operator[] = ['$eq', '$ne', '$in', '$exists'];
const DATE_OPS: Operator[] = ['$eq', '$ne', '$gt', '$lt', '$gte', '$lte'];
const NESTED_OPS: Operator[] = ['$hasSome', '$hasAll'];

function nested(path: string, type: FieldType = 'any'): FieldSpec<Package> {
  const keys = path.split('.');
  const read = (instance: ProductInstance): unknown =>
    keys.reduce<unknown>(
      (value, key) =>
        value === undefined || value === null ? undefined : (value as Record<string, unknown>)[key],
      instance,
    );
  return {
    operators: NESTED_OPS,
    array: true,
    type,
    get: (pkg) => pkg.productInstances.map(read).filter((v) => v !== undefined),
  };
}

const FIELDS: Record<string, FieldSpec<Package>> = {
  id: { operators: SCALAR_OPS, type: 'string', get: (p) => p.id },
  createdDate: { operators: DATE_OPS, type: 'date', get: (p) => p.createdDate },
  updatedDate: { operators: DATE_OPS, type: 'date', get: (p) => p.updatedDate },
  accountId: { operators: SCALAR_OPS, type: 'string', get: (p) => p.accountId },
  externalId: { operators: SCALAR_OPS, type: 'string', get: (p) => p.externalId },
  productInstances: {
    operators: NESTED_OPS,
    array: true,
    type: 'any',
    get: (p) => p.productInstances,
  },
  'productInstances.instanceId': nested('instanceId', 'string'),
  'productInstances.siteId': nested('siteId', 'string'),
  'productInstances.catalogProductId': nested('catalogProductId', 'string'),
  'productInstances.status': nested('status', 'string'),
  'productInstances.failure': nested('failure'),
  'productInstances.failure.code': nested('failure.code', 'string'),
  'productInstances.failure.message': nested('failure.message', 'string'),
  'productInstances.billingInfo': nested('billingInfo'),
  'productInstances.billingInfo.type': nested('billingInfo.type', 'string'),
  'productInstances.billingInfo.cycleDuration': nested('billingInfo.cycleDuration'),
  'productInstances.billingInfo.cycleDuration.unit': nested(
    'billingInfo.cycleDuration.unit',
    'string',
  ),
  'productInstances.billingInfo.cycleDuration.count': nested('billingInfo.cycleDuration.count'),
  'productInstances.createdDate': nested('createdDate', 'date'),
  'productInstances.updatedDate': nested('updatedDate', 'date'),
  'productInstances.countryCode': nested('countryCode', 'string'),
};

export const PACKAGES_MAX_LIMIT = 100;

export const queryPackagesSpec: QuerySpec<Package> = {
  endpoint: 'queryPackages',
  // Logical operators are not listed for this API (docs/wix-api.md "Query Packages"), so they are rejected.
  filter: { fields: FIELDS, logical: false },
  sort: {
    fields: { createdDate: (p) => p.createdDate, updatedDate: (p) => p.updatedDate },
    defaultSort: [{ fieldName: 'createdDate', order: 'DESC' }],
    id: (p) => p.id,
  },
  defaultLimit: PACKAGES_MAX_LIMIT,
  maxLimit: PACKAGES_MAX_LIMIT,
  offsetPaging: true,
  // The Resellers PagingMetadataV2 documents `cursors.prev` (docs/wix-api.md "Query language and paging").
  prevCursors: true,
};
