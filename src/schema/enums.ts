import { registerEnumType } from 'type-graphql';
import type {
  CycleDescriptorType,
  EditorType as WireEditorType,
  FailureReasonCode,
  IntervalUnit as WireIntervalUnit,
  ProductInstanceStatus as WireProductInstanceStatus,
  SiteNamespace as WireSiteNamespace,
} from '../wix-api/types.js';

/*
 * Enum objects whose values are the upstream strings themselves, so REST
 * values pass through unchanged; `satisfies` fails the build if Wix's wire
 * types gain a value the schema lacks.
 */

type EnumOf<T extends string> = { readonly [K in T]: K };

export const ProductInstanceStatus = {
  PENDING: 'PENDING',
  ENABLED: 'ENABLED',
  CANCELED: 'CANCELED',
  FAILED: 'FAILED',
  AWAITING_ACTION: 'AWAITING_ACTION',
} as const satisfies EnumOf<WireProductInstanceStatus>;
export type ProductInstanceStatus = WireProductInstanceStatus;

registerEnumType(ProductInstanceStatus, {
  name: 'ProductInstanceStatus',
  description: 'Lifecycle state of a provisioned paid service.',
  valuesConfig: {
    PENDING: {
      description: 'Provisioned but not yet usable by the customer (state right after creation).',
    },
    ENABLED: { description: 'Usable by the customer.' },
    CANCELED: { description: 'Canceled; no longer available. Terminal.' },
    FAILED: {
      description: 'Delivery failed; it was never available. `failure` says why. Terminal.',
    },
    AWAITING_ACTION: {
      description: 'Not yet usable: the customer or an external provider must act first.',
    },
  },
});

export const BillingCycleType = {
  UNKNOWN: 'UNKNOWN',
  ONE_TIME: 'ONE_TIME',
  RECURRING: 'RECURRING',
} as const satisfies EnumOf<CycleDescriptorType>;
export type BillingCycleType = CycleDescriptorType;

registerEnumType(BillingCycleType, {
  name: 'BillingCycleType',
  description: 'How the reseller pays Wix for a product instance.',
  valuesConfig: {
    UNKNOWN: { description: 'Not set.' },
    ONE_TIME: { description: 'A single payment.' },
    RECURRING: { description: 'A periodic payment every `cycleDuration`.' },
  },
});

export const IntervalUnit = {
  UNKNOWN: 'UNKNOWN',
  DAY: 'DAY',
  WEEK: 'WEEK',
  MONTH: 'MONTH',
  YEAR: 'YEAR',
} as const satisfies EnumOf<WireIntervalUnit>;
export type IntervalUnit = WireIntervalUnit;

registerEnumType(IntervalUnit, {
  name: 'IntervalUnit',
  description: 'Unit of a billing period.',
  valuesConfig: {
    UNKNOWN: { description: 'Not set.' },
    DAY: { description: 'Days.' },
    WEEK: { description: 'Weeks.' },
    MONTH: { description: 'Months.' },
    YEAR: { description: 'Years.' },
  },
});

export const FailureCode = {
  UNKNOWN: 'UNKNOWN',
  DELIVERY_TIMEOUT: 'DELIVERY_TIMEOUT',
  EXTERNAL_FAILURE: 'EXTERNAL_FAILURE',
} as const satisfies EnumOf<FailureReasonCode>;
export type FailureCode = FailureReasonCode;

registerEnumType(FailureCode, {
  name: 'FailureCode',
  description: 'Why the delivery of a product instance failed.',
  valuesConfig: {
    UNKNOWN: { description: 'Unspecified.' },
    DELIVERY_TIMEOUT: { description: 'Wix timed out creating the instance.' },
    EXTERNAL_FAILURE: { description: 'An external process failed.' },
  },
});

export const EditorType = {
  UNKNOWN: 'UNKNOWN',
  EDITOR: 'EDITOR',
  ADI: 'ADI',
  EDITORX: 'EDITORX',
  STUDIO: 'STUDIO',
} as const satisfies EnumOf<WireEditorType>;
export type EditorType = WireEditorType;

registerEnumType(EditorType, {
  name: 'EditorType',
  description: 'The editor a site was built with.',
  valuesConfig: {
    UNKNOWN: { description: 'Not known.' },
    EDITOR: { description: 'The classic Wix Editor.' },
    ADI: { description: 'Wix ADI.' },
    EDITORX: { description: 'Editor X.' },
    STUDIO: { description: 'Wix Studio.' },
  },
});

export const SiteNamespace = {
  UNKNOWN_NAMESPACE: 'UNKNOWN_NAMESPACE',
  WIX: 'WIX',
  SHOUT_OUT: 'SHOUT_OUT',
  ALBUMS: 'ALBUMS',
  WIX_STORES_TEST_DRIVE: 'WIX_STORES_TEST_DRIVE',
  HOTELS: 'HOTELS',
  CLUBS: 'CLUBS',
  ONBOARDING_DRAFT: 'ONBOARDING_DRAFT',
  DEV_SITE: 'DEV_SITE',
  LOGOS: 'LOGOS',
  VIDEO_MAKER: 'VIDEO_MAKER',
  PARTNER_DASHBOARD: 'PARTNER_DASHBOARD',
  DEV_CENTER_COMPANY: 'DEV_CENTER_COMPANY',
  HTML_DRAFT: 'HTML_DRAFT',
  SITELESS_BUSINESS: 'SITELESS_BUSINESS',
  CREATOR_ECONOMY: 'CREATOR_ECONOMY',
  DASHBOARD_FIRST: 'DASHBOARD_FIRST',
  ANYWHERE: 'ANYWHERE',
  HEADLESS: 'HEADLESS',
  ACCOUNT_MASTER_CMS: 'ACCOUNT_MASTER_CMS',
  RISE: 'RISE',
  BRANDED_FIRST: 'BRANDED_FIRST',
} as const satisfies EnumOf<WireSiteNamespace>;
export type SiteNamespace = WireSiteNamespace;

registerEnumType(SiteNamespace, {
  name: 'SiteNamespace',
  description:
    'The Wix product that created a site. Wix lists `WIX` (and `SITELESS_BUSINESS`) sites by default; filter on other namespaces to see them.',
  valuesConfig: {
    UNKNOWN_NAMESPACE: { description: 'Not set.' },
    WIX: { description: 'A normal site built by a user.' },
    SHOUT_OUT: { description: 'ShoutOut standalone product; no real site.' },
    ALBUMS: { description: 'Created by the Albums product.' },
    WIX_STORES_TEST_DRIVE: { description: 'Temporary site of a Stores migration trial.' },
    HOTELS: { description: 'Hotels standalone; siteless.' },
    CLUBS: { description: 'A club without a website.' },
    ONBOARDING_DRAFT: { description: 'A partly created ADI site.' },
    DEV_SITE: { description: 'An app-builder development site.' },
    LOGOS: { description: 'Offered after a Logo Maker purchase.' },
    VIDEO_MAKER: { description: 'Offered after a Video Maker purchase.' },
    PARTNER_DASHBOARD: { description: 'A partner dashboard metasite.' },
    DEV_CENTER_COMPANY: { description: 'A Dev Center company metasite.' },
    HTML_DRAFT: { description: 'An HTML-editor draft until its first save.' },
    SITELESS_BUSINESS: { description: 'A business managed without a site until one is attached.' },
    CREATOR_ECONOMY: { description: 'A creator-economy product.' },
    DASHBOARD_FIRST: { description: 'Created by a "business first" flow.' },
    ANYWHERE: { description: 'A Bookings flow without a site.' },
    HEADLESS: { description: 'A headless back office, without an editor.' },
    ACCOUNT_MASTER_CMS: { description: 'Master site of an enterprise account-level CMS.' },
    RISE: { description: 'Rise.ai siteless gift-card and store-credit management.' },
    BRANDED_FIRST: { description: 'A branded-mobile-app-first metasite.' },
  },
});

export const SortOrder = { ASC: 'ASC', DESC: 'DESC' } as const;
export type SortOrder = keyof typeof SortOrder;

registerEnumType(SortOrder, {
  name: 'SortOrder',
  description: 'Direction of a sort.',
  valuesConfig: {
    ASC: { description: 'Smallest (oldest, A→Z) first.' },
    DESC: { description: 'Largest (newest, Z→A) first.' },
  },
});

export const SiteSortField = {
  DISPLAY_NAME: 'displayName',
  CREATED_DATE: 'createdDate',
  UPDATED_DATE: 'updatedDate',
} as const;
export type SiteSortField = (typeof SiteSortField)[keyof typeof SiteSortField];

registerEnumType(SiteSortField, {
  name: 'SiteSortField',
  description: 'Fields sites can be sorted by (the upstream supports no others).',
  valuesConfig: {
    DISPLAY_NAME: { description: 'The display name.' },
    CREATED_DATE: { description: 'Creation time.' },
    UPDATED_DATE: { description: 'Last change.' },
  },
});

export const PackageSortField = {
  CREATED_DATE: 'createdDate',
  UPDATED_DATE: 'updatedDate',
} as const;
export type PackageSortField = (typeof PackageSortField)[keyof typeof PackageSortField];

registerEnumType(PackageSortField, {
  name: 'PackageSortField',
  description: 'Fields packages can be sorted by (the upstream supports no others).',
  valuesConfig: {
    CREATED_DATE: { description: 'Creation time.' },
    UPDATED_DATE: { description: 'Last change.' },
  },
});
