import { registerEnumType } from 'type-graphql';
import type {
  CycleDescriptorType,
  EditorType as WireEditorType,
  FailureReasonCode,
  IntervalUnit as WireIntervalUnit,
  ProductInstanceStatus as WireProductInstanceStatus,
  SiteNamespace as WireSiteNamespace,
} from '../wix-api/types.js';

/**
 * Registers a GraphQL enum that mirrors a Wix wire enum, one description per
 * value. Values are the upstream strings themselves, so REST values pass
 * through unchanged; `Record<T, string>` fails the build if Wix's type gains a
 * value the schema lacks. A value Wix sends that the wire schema does not list
 * reaches the schema as the enum's unknown value (src/wix-api/readWire.ts).
 */
function wireEnum<T extends string>(
  name: string,
  description: string,
  values: Record<T, string>,
): { readonly [K in T]: K } {
  const keys = Object.keys(values) as T[];
  // type-graphql identifies an enum by this object: register the one returned.
  const enumObject = Object.fromEntries(keys.map((k) => [k, k])) as { [K in T]: K };
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(keys.map((k) => [k, { description: values[k] }])) as Record<
      T,
      { description: string }
    >,
  });
  return enumObject;
}

export const ProductInstanceStatus = wireEnum<WireProductInstanceStatus>(
  'ProductInstanceStatus',
  'Lifecycle state of a provisioned paid service.',
  {
    PENDING: 'Provisioned but not yet usable by the customer (state right after creation).',
    ENABLED: 'Usable by the customer.',
    CANCELED: 'Canceled; no longer available. Terminal.',
    FAILED: 'Delivery failed; it was never available. `failure` says why. Terminal.',
    AWAITING_ACTION: 'Not yet usable: the customer or an external provider must act first.',
    UNKNOWN: 'A status Wix reports that this gateway does not know yet.',
  },
);
export type ProductInstanceStatus = WireProductInstanceStatus;

export const BillingCycleType = wireEnum<CycleDescriptorType>(
  'BillingCycleType',
  'How the reseller pays Wix for a product instance.',
  {
    UNKNOWN: 'Not set, or a type this gateway does not know yet.',
    ONE_TIME: 'A single payment.',
    RECURRING: 'A periodic payment every `cycleDuration`.',
  },
);
export type BillingCycleType = CycleDescriptorType;

export const IntervalUnit = wireEnum<WireIntervalUnit>(
  'IntervalUnit',
  'Unit of a billing period.',
  {
    UNKNOWN: 'Not set, or a unit this gateway does not know yet.',
    DAY: 'Days.',
    WEEK: 'Weeks.',
    MONTH: 'Months.',
    YEAR: 'Years.',
  },
);
export type IntervalUnit = WireIntervalUnit;

export const FailureCode = wireEnum<FailureReasonCode>(
  'FailureCode',
  'Why the delivery of a product instance failed.',
  {
    UNKNOWN: 'Unspecified, or a reason this gateway does not know yet.',
    DELIVERY_TIMEOUT: 'Wix timed out creating the instance.',
    EXTERNAL_FAILURE: 'An external process failed.',
  },
);
export type FailureCode = FailureReasonCode;

export const EditorType = wireEnum<WireEditorType>(
  'EditorType',
  'The editor a site was built with.',
  {
    UNKNOWN: 'Not known, or an editor this gateway does not know yet.',
    EDITOR: 'The classic Wix Editor.',
    ADI: 'Wix ADI.',
    EDITORX: 'Editor X.',
    STUDIO: 'Wix Studio.',
  },
);
export type EditorType = WireEditorType;

export const SiteNamespace = wireEnum<WireSiteNamespace>(
  'SiteNamespace',
  'The Wix product that created a site. Wix lists `WIX` (and `SITELESS_BUSINESS`) sites by default; filter on other namespaces to see them.',
  {
    UNKNOWN_NAMESPACE: 'Not set, or a namespace this gateway does not know yet.',
    WIX: 'A normal site built by a user.',
    SHOUT_OUT: 'ShoutOut standalone product; no real site.',
    ALBUMS: 'Created by the Albums product.',
    WIX_STORES_TEST_DRIVE: 'Temporary site of a Stores migration trial.',
    HOTELS: 'Hotels standalone; siteless.',
    CLUBS: 'A club without a website.',
    ONBOARDING_DRAFT: 'A partly created ADI site.',
    DEV_SITE: 'An app-builder development site.',
    LOGOS: 'Offered after a Logo Maker purchase.',
    VIDEO_MAKER: 'Offered after a Video Maker purchase.',
    PARTNER_DASHBOARD: 'A partner dashboard metasite.',
    DEV_CENTER_COMPANY: 'A Dev Center company metasite.',
    HTML_DRAFT: 'An HTML-editor draft until its first save.',
    SITELESS_BUSINESS: 'A business managed without a site until one is attached.',
    CREATOR_ECONOMY: 'A creator-economy product.',
    DASHBOARD_FIRST: 'Created by a "business first" flow.',
    ANYWHERE: 'A Bookings flow without a site.',
    HEADLESS: 'A headless back office, without an editor.',
    ACCOUNT_MASTER_CMS: 'Master site of an enterprise account-level CMS.',
    RISE: 'Rise.ai siteless gift-card and store-credit management.',
    BRANDED_FIRST: 'A branded-mobile-app-first metasite.',
  },
);
export type SiteNamespace = WireSiteNamespace;

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
