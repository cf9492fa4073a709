/**
 * The wire contract of the three Wix REST APIs the gateway fronts, as zod
 * schemas: what the docs say Wix sends and accepts (docs/wix-api.md). The
 * schemas are strict (an unknown key or enum value fails them), because they
 * are the yardstick drift is measured against; readResponse.ts derives the
 * tolerant reader the gateway actually parses answers with, and the hints
 * registered here tell it what to do with each deviation.
 */
import { z } from 'zod';

/** How the tolerant reader treats a schema when an answer departs from it. */
export interface ReaderHint {
  /**
   * Keys of an object the gateway cannot serve it without (an ID, a creation
   * time): an object missing one is left out of its list, or the answer is
   * refused as a contract breach.
   */
  needed?: readonly string[];
  /** An enum's stand-in for values the gateway does not know (the raw value goes to the log). */
  unknownValue?: string;
}

export const readerHints = z.registry<ReaderHint>();

/** A named wire object; `needed` lists the keys it cannot be served without. */
function wireObject<const S extends z.core.$ZodLooseShape>(
  id: string,
  shape: S,
  needed: readonly (keyof S & string)[] = [],
) {
  return z.strictObject(shape).meta({ id }).register(readerHints, { needed });
}

/**
 * A wire enum. `unknownValue` is what the reader serves for a value outside
 * `values`; when it is not itself a documented value it is appended, so the
 * type and the GraphQL enum that mirrors it can hold it.
 */
function wireEnum<const V extends readonly [string, ...string[]], const U extends string>(
  id: string,
  values: V,
  unknownValue: U,
) {
  const all = (values.includes(unknownValue) ? values : [...values, unknownValue]) as [
    V[number] | U,
    ...(V[number] | U)[],
  ];
  return z.enum(all).meta({ id }).register(readerHints, { unknownValue });
}

/** GUID strings; lower-case in every Wix example. The reader does not check the format. */
const Guid = z.string();
/** RFC 3339 UTC timestamp with milliseconds, e.g. `2021-12-02T15:45:30.941Z`. */
const Timestamp = z.string();

// ------------------------------------------------------------------ errors

export const FieldViolationSchema = wireObject('FieldViolation', {
  field: z.string(),
  description: z.string(),
  violatedRule: wireEnum(
    'ViolatedRule',
    ['CUSTOM', 'MAX', 'MIN', 'FORMAT', 'REQUIRED_FIELD', 'MAX_LENGTH', 'MIN_SIZE', 'MAX_SIZE'],
    'OTHER',
  ),
  ruleName: z.string().optional(),
  data: z.record(z.string(), z.unknown()).optional(),
});

/**
 * The error envelope. Real bodies often carry only `applicationError.code`
 * (docs/wix-api.md), so everything but the code is optional.
 */
export const WixErrorBodySchema = wireObject('WixError', {
  message: z.string().optional(),
  details: z
    .strictObject({
      applicationError: z
        .strictObject({
          code: z.string(),
          description: z.string().optional(),
          data: z.record(z.string(), z.unknown()).optional(),
        })
        .optional(),
      validationError: z
        .strictObject({ fieldViolations: z.array(FieldViolationSchema) })
        .optional(),
    })
    .optional(),
});

// ---------------------------------------------------------- query language

export const SortOrderSchema = z.enum(['ASC', 'DESC']);
const SortingSchema = z.strictObject({
  fieldName: z.string(),
  order: SortOrderSchema.optional(),
});
const CursorPagingSchema = z.strictObject({
  limit: z.number().int().optional(),
  cursor: z.string().optional(),
});
const OffsetPagingSchema = z.strictObject({
  limit: z.number().int().optional(),
  offset: z.number().int().optional(),
});
/** A Mongo-like filter object; the operators per field are in docs/wix-api.md. */
export const FilterSchema = z.record(z.string(), z.unknown());

export const QueryV2Schema = wireObject('QueryV2', {
  filter: FilterSchema.optional(),
  sort: z.array(SortingSchema).optional(),
  cursorPaging: CursorPagingSchema.optional(),
  paging: OffsetPagingSchema.optional(),
  fields: z.array(z.string()).optional(),
  fieldsets: z.array(z.string()).optional(),
});

export const PagingMetadataSchema = wireObject('PagingMetadataV2', {
  count: z.number().int(),
  offset: z.number().int().optional(),
  total: z.number().int().optional(),
  tooManyToCount: z.boolean().optional(),
  cursors: z.strictObject({ next: z.string().optional(), prev: z.string().optional() }).optional(),
  hasNext: z.boolean().optional(),
});

// --------------------------------------------------------------- Resellers

export const ProductInstanceStatusSchema = wireEnum(
  'ProductInstanceStatus',
  ['PENDING', 'ENABLED', 'CANCELED', 'FAILED', 'AWAITING_ACTION'],
  'UNKNOWN',
);
export const CycleDescriptorTypeSchema = wireEnum(
  'CycleDescriptorType',
  ['UNKNOWN', 'ONE_TIME', 'RECURRING'],
  'UNKNOWN',
);
export const IntervalUnitSchema = wireEnum(
  'IntervalUnit',
  ['UNKNOWN', 'DAY', 'WEEK', 'MONTH', 'YEAR'],
  'UNKNOWN',
);
export const FailureReasonCodeSchema = wireEnum(
  'FailureReasonCode',
  ['UNKNOWN', 'DELIVERY_TIMEOUT', 'EXTERNAL_FAILURE'],
  'UNKNOWN',
);

export const IntervalSchema = wireObject('Interval', {
  unit: IntervalUnitSchema,
  count: z.number().int().optional(),
});
export const CycleSchema = wireObject('Cycle', {
  type: CycleDescriptorTypeSchema,
  cycleDuration: IntervalSchema.optional(),
});
export const FailureReasonSchema = wireObject('FailureReason', {
  code: FailureReasonCodeSchema,
  message: z.string().optional(),
});

export const ProductInstanceSchema = wireObject(
  'ProductInstance',
  {
    instanceId: Guid,
    siteId: Guid.optional(),
    catalogProductId: Guid,
    status: ProductInstanceStatusSchema,
    failure: FailureReasonSchema.optional(),
    billingInfo: CycleSchema.optional(),
    createdDate: Timestamp,
    updatedDate: Timestamp,
    countryCode: z.string().optional(),
    expirationDate: Timestamp.optional(),
    discountCode: z.string().optional(),
    referenceProductInstanceId: Guid.optional(),
  },
  ['instanceId', 'catalogProductId', 'createdDate'],
);

export const PackageSchema = wireObject(
  'Package',
  {
    id: Guid,
    accountId: Guid,
    externalId: z.string().optional(),
    productInstances: z.array(ProductInstanceSchema),
    createdDate: Timestamp,
    updatedDate: Timestamp,
    /** Internal upstream field the Assign/Unassign examples carry. */
    parentAccountId: Guid.optional(),
  },
  ['id', 'accountId', 'createdDate'],
);

/** A product to provision, as sent in Create Package V2's `products[]`. */
export const ProductInputSchema = wireObject('ProductInput', {
  catalogProductId: Guid,
  siteId: Guid.optional(),
  billingInfo: CycleSchema.optional(),
  countryCode: z.string(),
  discountCode: z.string().optional(),
  referenceProductInstanceId: Guid.optional(),
});

const IdempotencyKey = z.string().max(100);

export const CreatePackageRequestSchema = wireObject('CreatePackageRequest', {
  idempotencyKey: IdempotencyKey.optional(),
  externalId: z.string().optional(),
  products: z.array(ProductInputSchema),
});
export const IdempotentRequestSchema = wireObject('IdempotentRequest', {
  idempotencyKey: IdempotencyKey.optional(),
});
export const AdjustProductInstanceRequestSchema = wireObject('AdjustProductInstanceRequest', {
  idempotencyKey: IdempotencyKey.optional(),
  catalogProductId: Guid.optional(),
  billingInfo: CycleSchema.optional(),
  discountCode: z.string().optional(),
});
export const QueryPackagesRequestSchema = wireObject('QueryPackagesRequest', {
  query: QueryV2Schema,
});

export const PackageMutationResponseSchema = wireObject(
  'PackageMutationResponse',
  { idempotencyKey: z.string().optional(), package: PackageSchema },
  ['package'],
);
export const GetPackageResponseSchema = wireObject(
  'GetPackageResponse',
  { package: PackageSchema },
  ['package'],
);
export const QueryPackagesResponseSchema = wireObject('QueryPackagesResponse', {
  metadata: PagingMetadataSchema,
  packages: z.array(PackageSchema),
});
/**
 * The schema names the key `updatedPackage`; the documented example answers
 * `updated_package`. Either is read (docs/wix-api.md).
 */
export const UpdatePackageExternalIdResponseSchema = wireObject('UpdatePackageExternalIdResponse', {
  updatedPackage: PackageSchema.optional(),
  updated_package: PackageSchema.optional(),
});

// ----------------------------------------------------- B2B Site Management

export const SiteTransferSchema = wireObject(
  'SiteTransfer',
  {
    siteId: Guid,
    sourceAccountId: Guid,
    enableNotifications: z.boolean().optional(),
  },
  ['siteId', 'sourceAccountId'],
);
export const TransferSiteRequestSchema = wireObject('TransferSiteRequest', {
  siteTransfer: SiteTransferSchema,
});
export const TransferSiteResponseSchema = wireObject(
  'TransferSiteResponse',
  { siteTransfer: SiteTransferSchema },
  ['siteTransfer'],
);

// ------------------------------------------------------------ Site List v2

export const EditorTypeSchema = wireEnum(
  'EditorType',
  ['UNKNOWN', 'EDITOR', 'ADI', 'EDITORX', 'STUDIO'],
  'UNKNOWN',
);
export const SiteNamespaceSchema = wireEnum(
  'SiteNamespace',
  [
    'UNKNOWN_NAMESPACE',
    'WIX',
    'SHOUT_OUT',
    'ALBUMS',
    'WIX_STORES_TEST_DRIVE',
    'HOTELS',
    'CLUBS',
    'ONBOARDING_DRAFT',
    'DEV_SITE',
    'LOGOS',
    'VIDEO_MAKER',
    'PARTNER_DASHBOARD',
    'DEV_CENTER_COMPANY',
    'HTML_DRAFT',
    'SITELESS_BUSINESS',
    'CREATOR_ECONOMY',
    'DASHBOARD_FIRST',
    'ANYWHERE',
    'HEADLESS',
    'ACCOUNT_MASTER_CMS',
    'RISE',
    'BRANDED_FIRST',
  ],
  'UNKNOWN_NAMESPACE',
);

export const SiteSchema = wireObject(
  'Site',
  {
    id: Guid,
    htmlAppId: Guid.optional(),
    name: z.string(),
    displayName: z.string(),
    createdDate: Timestamp,
    /** Absent from the documented example sites. */
    updatedDate: Timestamp.optional(),
    trashedDate: Timestamp.optional(),
    published: z.boolean(),
    premium: z.boolean(),
    viewUrl: z.string(),
    editUrl: z.string(),
    thumbnail: z.string().optional(),
    ownerAccountId: Guid,
    contributorAccountIds: z.array(Guid).optional(),
    editorType: EditorTypeSchema,
    blocked: z.boolean(),
    folderId: Guid.optional(),
    namespace: SiteNamespaceSchema,
    domainConnected: z.boolean(),
  },
  ['id', 'createdDate'],
);

export const QuerySitesRequestSchema = wireObject('QuerySitesRequest', {
  query: QueryV2Schema.pick({ filter: true, sort: true, cursorPaging: true }).optional(),
});
export const QuerySitesResponseSchema = wireObject('QuerySitesResponse', {
  sites: z.array(SiteSchema),
  metadata: PagingMetadataSchema,
});
export const CountSitesRequestSchema = wireObject('CountSitesRequest', {
  filter: FilterSchema.optional(),
});
export const CountSitesResponseSchema = wireObject(
  'CountSitesResponse',
  { count: z.number().int() },
  ['count'],
);
