/**
 * Wire shapes of the three Wix REST APIs the gateway fronts, exactly as in
 * docs/wix-api.md. One contract, read by the gateway's datasources and
 * served by the emulator, so the two cannot drift apart.
 */

/** GUID strings everywhere; lower-case in every Wix example. */
export type Guid = string;
/** RFC 3339 UTC timestamp with milliseconds, e.g. `2021-12-02T15:45:30.941Z`. */
export type Timestamp = string;

// ----------------------------------- errors (docs/wix-api.md "Error envelope")

export interface FieldViolation {
  field: string;
  description: string;
  violatedRule:
    | 'CUSTOM'
    | 'MAX'
    | 'MIN'
    | 'FORMAT'
    | 'REQUIRED_FIELD'
    | 'MAX_LENGTH'
    | 'MIN_SIZE'
    | 'MAX_SIZE'
    | 'OTHER';
  ruleName?: string;
  data?: Record<string, unknown>;
}

export interface WixErrorBody {
  message: string;
  details: {
    applicationError?: { code: string; description: string; data?: Record<string, unknown> };
    validationError?: { fieldViolations: FieldViolation[] };
  };
}

// -------------------------------------------- query language (docs/wix-api.md)

export type SortOrder = 'ASC' | 'DESC';
export interface Sorting {
  fieldName: string;
  order?: SortOrder;
}
export interface CursorPaging {
  limit?: number;
  cursor?: string;
}
export interface OffsetPaging {
  limit?: number;
  offset?: number;
}
/** A Mongo-like filter object; operators per field are listed in docs/wix-api.md ("Query Packages", "Site filters"). */
export type Filter = Record<string, unknown>;

export interface QueryV2 {
  filter?: Filter;
  sort?: Sorting[];
  cursorPaging?: CursorPaging;
  paging?: OffsetPaging;
  fields?: string[];
  fieldsets?: string[];
}

export interface PagingMetadataV2 {
  count: number;
  offset?: number;
  total?: number;
  tooManyToCount?: boolean;
  cursors?: { next?: string; prev?: string };
  hasNext?: boolean;
}

// ------------------------------------------------- Resellers (docs/wix-api.md)

export type ProductInstanceStatus =
  'PENDING' | 'ENABLED' | 'CANCELED' | 'FAILED' | 'AWAITING_ACTION';
export type CycleDescriptorType = 'UNKNOWN' | 'ONE_TIME' | 'RECURRING';
export type IntervalUnit = 'UNKNOWN' | 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
export type FailureReasonCode = 'UNKNOWN' | 'DELIVERY_TIMEOUT' | 'EXTERNAL_FAILURE';

export interface Interval {
  unit: IntervalUnit;
  count?: number;
}
export interface Cycle {
  type: CycleDescriptorType;
  cycleDuration?: Interval;
}
export interface FailureReason {
  code: FailureReasonCode;
  message?: string;
}

export interface ProductInstance {
  instanceId: Guid;
  siteId?: Guid;
  catalogProductId: Guid;
  status: ProductInstanceStatus;
  failure?: FailureReason;
  billingInfo?: Cycle;
  createdDate: Timestamp;
  updatedDate: Timestamp;
  countryCode?: string;
  expirationDate?: Timestamp;
  discountCode?: string;
  referenceProductInstanceId?: Guid;
}

export interface Package {
  id: Guid;
  accountId: Guid;
  externalId?: string;
  productInstances: ProductInstance[];
  createdDate: Timestamp;
  updatedDate: Timestamp;
  /** Internal upstream field that real responses may carry (docs/wix-api.md "Package and ProductInstance"). */
  parentAccountId?: Guid;
}

/** A product to provision, as sent in Create Package V2's `products[]`. */
export interface ProductInput {
  catalogProductId: Guid;
  siteId?: Guid;
  billingInfo?: Cycle;
  countryCode: string;
  discountCode?: string;
  referenceProductInstanceId?: Guid;
}

export interface CreatePackageRequest {
  idempotencyKey?: string;
  externalId?: string;
  products: ProductInput[];
}
export interface PackageMutationResponse {
  idempotencyKey?: string;
  package: Package;
}
export interface GetPackageResponse {
  package: Package;
}
export interface QueryPackagesRequest {
  query: QueryV2;
}
export interface QueryPackagesResponse {
  metadata: PagingMetadataV2;
  packages: Package[];
}
export interface IdempotentRequest {
  idempotencyKey?: string;
}
export interface AdjustProductInstanceRequest extends IdempotentRequest {
  catalogProductId?: Guid;
  billingInfo?: Cycle;
  discountCode?: string;
}
export interface UpdatePackageExternalIdResponse {
  updatedPackage: Package;
}

// --------------------------------------- B2B Site Management (docs/wix-api.md)

export interface SiteTransfer {
  siteId: Guid;
  sourceAccountId: Guid;
  enableNotifications?: boolean;
}
export interface TransferSiteRequest {
  siteTransfer: SiteTransfer;
}
export interface TransferSiteResponse {
  siteTransfer: SiteTransfer;
}

// ---------------------------------------------- Site List v2 (docs/wix-api.md)

export type EditorType = 'UNKNOWN' | 'EDITOR' | 'ADI' | 'EDITORX' | 'STUDIO';
export type SiteNamespace =
  | 'UNKNOWN_NAMESPACE'
  | 'WIX'
  | 'SHOUT_OUT'
  | 'ALBUMS'
  | 'WIX_STORES_TEST_DRIVE'
  | 'HOTELS'
  | 'CLUBS'
  | 'ONBOARDING_DRAFT'
  | 'DEV_SITE'
  | 'LOGOS'
  | 'VIDEO_MAKER'
  | 'PARTNER_DASHBOARD'
  | 'DEV_CENTER_COMPANY'
  | 'HTML_DRAFT'
  | 'SITELESS_BUSINESS'
  | 'CREATOR_ECONOMY'
  | 'DASHBOARD_FIRST'
  | 'ANYWHERE'
  | 'HEADLESS'
  | 'ACCOUNT_MASTER_CMS'
  | 'RISE'
  | 'BRANDED_FIRST';

export interface Site {
  id: Guid;
  htmlAppId?: Guid;
  name: string;
  displayName: string;
  createdDate: Timestamp;
  updatedDate: Timestamp;
  trashedDate?: Timestamp;
  published: boolean;
  premium: boolean;
  viewUrl: string;
  editUrl: string;
  thumbnail?: string;
  ownerAccountId: Guid;
  contributorAccountIds?: Guid[];
  editorType: EditorType;
  blocked: boolean;
  folderId?: Guid;
  namespace: SiteNamespace;
  domainConnected: boolean;
}

export interface QuerySitesRequest {
  query?: Pick<QueryV2, 'filter' | 'sort' | 'cursorPaging'>;
}
export interface QuerySitesResponse {
  sites: Site[];
  metadata: PagingMetadataV2;
}
export interface CountSitesRequest {
  filter?: Filter;
}
export interface CountSitesResponse {
  count: number;
}

// ------------------------------------------------------------------- paths

/** Paths relative to the base URL (`https://www.wixapis.com` upstream). */
export const WIX_PATHS = {
  createPackage: '/resellers/v2/packages',
  package: (id: string) => `/resellers/v1/packages/${id}`,
  queryPackages: '/resellers/v1/packages/query',
  assignInstance: (instanceId: string, siteId: string) =>
    `/resellers/v1/packages/product-instances/${instanceId}/${siteId}`,
  unassignInstance: (instanceId: string) =>
    `/resellers/v1/packages/product-instances/${instanceId}/unassign`,
  instance: (instanceId: string) => `/resellers/v1/packages/product-instances/${instanceId}`,
  updateExternalId: (packageId: string, externalId: string) =>
    `/resellers/v1/packages/update/${packageId}/${encodeURIComponent(externalId)}`,
  transferSite: '/b2b-site-management/v1/transfer-site',
  querySites: '/site-list/v2/sites/query',
  countSites: '/site-list/v2/sites/count',
} as const;

/** Headers (docs/wix-api.md "Authentication and headers"): the API key has no `Bearer` prefix. */
export const WIX_HEADERS = {
  authorization: 'authorization',
  accountId: 'wix-account-id',
  siteId: 'wix-site-id',
} as const;
