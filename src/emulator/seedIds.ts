/**
 * The fixed, lower-case GUIDs of the seed (see seed.ts), exported so tests and
 * the README can name accounts, sites, products, packages and instances.
 */
/** The API key accepted by a fresh emulator (sent raw in `Authorization`, no `Bearer`). */
export const DEFAULT_API_KEY = 'IST.emulator-default-key-0d1f5b7e';

const guid = (prefix: string, n: number) =>
  `${prefix}-0000-4000-8000-${n.toString().padStart(12, '0')}`;

export const SEED_IDS = {
  accounts: {
    /** The reseller's main account = the agency's team account; parent of the customers. */
    reseller: guid('acc00000', 1),
    customerA: guid('acc00000', 2),
    customerB: guid('acc00000', 3),
    customerC: guid('acc00000', 4),
    /** Unrelated account with its own sites and package: for ownership/leak tests. */
    outsider: guid('acc00000', 9),
  },
  sites: {
    agencyPortfolio: guid('5e1e0000', 1),
    bakeryDraft: guid('5e1e0000', 2),
    dentalClinic: guid('5e1e0000', 3),
    yogaStudio: guid('5e1e0000', 4),
    lawFirm: guid('5e1e0000', 5),
    cafeMenu: guid('5e1e0000', 6),
    headlessShop: guid('5e1e0000', 7),
    photoPortfolio: guid('5e1e0000', 8),
    weddingPlanner: guid('5e1e0000', 9),
    studioLanding: guid('5e1e0000', 10),
    sitelessBusiness: guid('5e1e0000', 11),
    templateSandbox: guid('5e1e0000', 12),
    customerAShop: guid('5e1e0000', 13),
    customerABlog: guid('5e1e0000', 14),
    customerBRestaurant: guid('5e1e0000', 15),
    customerBEvents: guid('5e1e0000', 16),
    customerBDraft: guid('5e1e0000', 17),
    customerCPortfolio: guid('5e1e0000', 18),
    customerCFoldered: guid('5e1e0000', 19),
    marketingBlog: guid('5e1e0000', 20),
    outsiderShop: guid('5e1e0000', 21),
    outsiderDraft: guid('5e1e0000', 22),
  },
  products: {
    businessBasic: guid('9d000000', 1),
    businessUnlimited: guid('9d000000', 2),
    businessVip: guid('9d000000', 3),
    /** Needs a Premium plan on the site; exactly one billing cycle; not adjustable. */
    domainCom: guid('9d000000', 4),
    /** Subscription cap of 3 per account family; the seed holds 2 active. */
    workspaceMailbox: guid('9d000000', 5),
    /** One-time payment only. */
    logoOneTime: guid('9d000000', 6),
    /** Not resellable ⇒ INVALID_PRODUCTS. */
    legacyNotResellable: guid('9d000000', 7),
    /** No Wix-side settings ⇒ PRODUCT_SETTINGS_NOT_FOUND. */
    boosterNoSettings: guid('9d000000', 8),
    /** Delivery always fails ⇒ FAILED with failure.code EXTERNAL_FAILURE. */
    ascendFails: guid('9d000000', 9),
  },
  packages: {
    resellerVipAndMailbox: guid('bac00000', 1),
    resellerUnlimitedWithDomain: guid('bac00000', 2),
    resellerPendingBasic: guid('bac00000', 3),
    resellerFailedAscend: guid('bac00000', 4),
    resellerCanceled: guid('bac00000', 5),
    resellerFloating: guid('bac00000', 6),
    customerABasic: guid('bac00000', 7),
    customerADomainAwaiting: guid('bac00000', 8),
    customerBUnlimited: guid('bac00000', 9),
    outsiderVip: guid('bac00000', 10),
  },
  instances: {
    vipOnAgencyPortfolio: guid('1a500000', 1),
    mailboxFloating: guid('1a500000', 2),
    unlimitedOnDentalClinic: guid('1a500000', 3),
    domainOnDentalClinic: guid('1a500000', 4),
    pendingBasicOnLawFirm: guid('1a500000', 5),
    failedAscendOnCafeMenu: guid('1a500000', 6),
    canceledBasicOnPhotoPortfolio: guid('1a500000', 7),
    canceledMailbox: guid('1a500000', 8),
    floatingUnlimited: guid('1a500000', 9),
    floatingBasic: guid('1a500000', 10),
    basicOnCustomerAShop: guid('1a500000', 11),
    awaitingDomainOnCustomerAShop: guid('1a500000', 12),
    unlimitedOnCustomerBRestaurant: guid('1a500000', 13),
    mailboxOnCustomerBRestaurant: guid('1a500000', 14),
    vipOnOutsiderShop: guid('1a500000', 15),
  },
  allowedTransfers: {
    resellerToCustomerA: guid('7f000000', 1),
    resellerToCustomerB: guid('7f000000', 2),
    resellerToCustomerC: guid('7f000000', 3),
  },
  folders: {
    customerCClients: guid('f0000000', 1),
  },
  /** App definition IDs the `appIds` site filter matches (the seed's stand-ins for Wix apps). */
  apps: {
    stores: guid('a9900000', 1),
    bookings: guid('a9900000', 2),
    blog: guid('a9900000', 3),
  },
} as const;
