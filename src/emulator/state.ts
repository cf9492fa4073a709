/**
 * The emulator's whole world as one JSON-serialisable value. Everything the
 * admin surface dumps, replaces or persists lives here; nothing else is state.
 * Wire objects (`Site`, `Package`) are stored exactly as served, so responses
 * never need stripping of emulator-only fields: those live in side tables.
 */
import type { Cycle, FailureReason, Guid, Package, Site, Timestamp } from '../wix-api/types.js';

export interface Account {
  id: Guid;
  /** Human label, only for the README and the admin dump. */
  name: string;
  /** Set on sub-accounts; the parent is the reseller's main (team) account. */
  parentAccountId?: Guid;
}

export interface ApiKey {
  key: string;
  label: string;
}

/** A Premium-catalog product as the emulator's business rules see it. */
export interface CatalogProduct {
  id: Guid;
  name: string;
  /** Products of one type are interchangeable by Adjust, and a site holds one per type. */
  productType: string;
  /** Billing cycles the product can be sold with; exactly one ⇒ `billingInfo` may be omitted. */
  billingCycles: Cycle[];
  /** false ⇒ `INVALID_PRODUCTS`. */
  resellable: boolean;
  /** false ⇒ `PRODUCT_SETTINGS_NOT_FOUND` (no Wix-side cancel/notify settings). */
  hasSettings: boolean;
  /** false ⇒ Adjust answers `OPERATION_NOT_SUPPORTED_FOR_PRODUCT`. */
  adjustable: boolean;
  /** An assigned PENDING/ENABLED instance makes the site `premium`. */
  grantsPremium: boolean;
  /** Needs `premium` on the target site ⇒ else `PRODUCT_NOT_SUPPORTED_ON_SITE`. */
  requiresPremiumSite: boolean;
  /** Cap on concurrent (non-canceled, non-failed) instances per account family ⇒ `PRODUCT_LIMIT_EXCEEDED`. */
  subscriptionLimit?: number;
  /** Set ⇒ delivery fails: PENDING instances settle to FAILED with this reason. */
  deliveryFailure?: FailureReason;
}

/** A source→target pair allowed to transfer sites (Wix's internal `B2bAllowedTransfer`). */
export interface AllowedTransfer {
  id: Guid;
  sourceAccountId: Guid;
  targetAccountId: Guid;
  createdDate: Timestamp;
  updatedDate: Timestamp;
}

/** A scheduled lazy status change of a PENDING instance (see lifecycle.ts). */
export interface PendingTransition {
  instanceId: Guid;
  /** When the instance leaves PENDING. */
  at: Timestamp;
  to: 'ENABLED' | 'FAILED';
  failure?: FailureReason;
}

/**
 * What Site List filters on but the Site object does not show: the domains
 * connected to a site (searched by the `name` / `searchPhrase` filters while
 * `domainConnected` is true) and the apps installed on it (the `appIds` filter).
 */
export interface SiteExtras {
  siteId: Guid;
  /** Domain names, lower-case, without scheme (e.g. `brightsmiledental.com`). */
  domains: string[];
  /** App definition IDs of the apps installed on the site. */
  appIds: Guid[];
}

/** The first successful response to a mutation carrying an `idempotencyKey`. */
export interface IdempotencyRecord {
  accountId: Guid;
  route: string;
  key: string;
  /** Stable JSON of the path params and body of the first request. */
  fingerprint: string;
  statusCode: number;
  response: unknown;
  createdDate: Timestamp;
}

export interface EmulatorState {
  accounts: Account[];
  apiKeys: ApiKey[];
  sites: Site[];
  siteExtras: SiteExtras[];
  catalog: CatalogProduct[];
  packages: Package[];
  allowedTransfers: AllowedTransfer[];
  transitions: PendingTransition[];
  idempotency: IdempotencyRecord[];
}
