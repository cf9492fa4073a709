/**
 * The deterministic demo world the emulator starts with (and returns to on
 * `POST /_emulator/reset`). IDs are fixed, lower-case GUIDs exported as
 * constants so tests and the README can name them. Dates are fixed too, so a
 * dump of a fresh emulator is byte-for-byte stable.
 *
 * The seed is consistent with the business rules: a site is `premium` exactly
 * when a PENDING/ENABLED premium-plan instance is assigned to it, and the
 * mailbox product sits one below its subscription cap.
 */
import type {
  Cycle,
  EditorType,
  Package,
  ProductInstance,
  Site,
  SiteNamespace,
} from '../wix-api/types.js';
import { DEFAULT_API_KEY, SEED_IDS } from './seedIds.js';
import type { CatalogProduct, EmulatorState, SiteExtras } from './state.js';

export { DEFAULT_API_KEY, SEED_IDS } from './seedIds.js';

const A = SEED_IDS.accounts;
const S = SEED_IDS.sites;
const P = SEED_IDS.products;
const I = SEED_IDS.instances;

const MONTHLY: Cycle = { type: 'RECURRING', cycleDuration: { unit: 'MONTH', count: 1 } };
const YEARLY: Cycle = { type: 'RECURRING', cycleDuration: { unit: 'YEAR', count: 1 } };
const BIENNIAL: Cycle = { type: 'RECURRING', cycleDuration: { unit: 'YEAR', count: 2 } };
const ONE_TIME: Cycle = { type: 'ONE_TIME' };

function product(
  id: string,
  name: string,
  productType: string,
  billingCycles: Cycle[],
  extra: Partial<CatalogProduct> = {},
): CatalogProduct {
  return {
    id,
    name,
    productType,
    billingCycles,
    resellable: true,
    hasSettings: true,
    adjustable: true,
    grantsPremium: false,
    requiresPremiumSite: false,
    ...extra,
  };
}

const CATALOG: CatalogProduct[] = [
  product(P.businessBasic, 'Business Basic', 'PREMIUM_PLAN', [MONTHLY, YEARLY], {
    grantsPremium: true,
  }),
  product(P.businessUnlimited, 'Business Unlimited', 'PREMIUM_PLAN', [MONTHLY, YEARLY], {
    grantsPremium: true,
  }),
  product(P.businessVip, 'Business VIP', 'PREMIUM_PLAN', [MONTHLY, YEARLY, BIENNIAL], {
    grantsPremium: true,
  }),
  product(P.domainCom, 'Domain registration (.com)', 'DOMAIN', [YEARLY], {
    requiresPremiumSite: true,
    adjustable: false,
  }),
  product(P.workspaceMailbox, 'Google Workspace mailbox', 'MAILBOX', [MONTHLY, YEARLY], {
    subscriptionLimit: 3,
  }),
  product(P.logoOneTime, 'Logo Maker (one-time)', 'LOGO', [ONE_TIME]),
  product(P.legacyNotResellable, 'Connect Domain (legacy)', 'PREMIUM_PLAN', [MONTHLY], {
    resellable: false,
    grantsPremium: true,
  }),
  product(P.boosterNoSettings, 'Site Booster', 'MARKETING_APP', [MONTHLY], {
    hasSettings: false,
  }),
  product(P.ascendFails, 'Ascend by Wix Professional', 'ASCEND', [MONTHLY, YEARLY], {
    deliveryFailure: {
      code: 'EXTERNAL_FAILURE',
      message: 'The external provisioning process for this product failed',
    },
  }),
];

interface SiteSeed {
  id: string;
  owner: string;
  name: string;
  displayName: string;
  created: string;
  published?: boolean;
  premium?: boolean;
  editorType?: EditorType;
  namespace?: SiteNamespace;
  domainConnected?: boolean;
  trashed?: string;
  folderId?: string;
}

function site(s: SiteSeed): Site {
  const published = s.published ?? false;
  const result: Site = {
    id: s.id,
    htmlAppId: s.id.replace('5e1e0000', '4a770000'),
    name: s.name,
    displayName: s.displayName,
    createdDate: s.created,
    updatedDate: s.trashed ?? s.created,
    published,
    premium: s.premium ?? false,
    viewUrl: published ? `https://demo-agency.wixsite.com/${s.name}` : '',
    editUrl: `/editor/${s.id}`,
    thumbnail: `/media/thumbnails/${s.name}.png`,
    ownerAccountId: s.owner,
    contributorAccountIds: [s.owner],
    editorType: s.editorType ?? 'EDITOR',
    blocked: false,
    namespace: s.namespace ?? 'WIX',
    domainConnected: s.domainConnected ?? false,
  };
  if (s.trashed) result.trashedDate = s.trashed;
  if (s.folderId) result.folderId = s.folderId;
  return result;
}

// prettier-ignore
const SITES: SiteSeed[] = [
  { id: S.agencyPortfolio, owner: A.reseller, name: 'agency-portfolio', displayName: 'Agency Portfolio', created: '2024-01-08T09:12:44.120Z', published: true, premium: true, editorType: 'EDITORX', domainConnected: true },
  { id: S.bakeryDraft, owner: A.reseller, name: 'bakery-draft', displayName: 'Sweet Crumbs Bakery', created: '2024-02-14T10:03:11.500Z', editorType: 'EDITOR' },
  { id: S.dentalClinic, owner: A.reseller, name: 'dental-clinic', displayName: 'Bright Smile Dental', created: '2024-03-02T15:45:30.941Z', published: true, premium: true, editorType: 'STUDIO', domainConnected: true },
  { id: S.yogaStudio, owner: A.reseller, name: 'yoga-studio', displayName: 'Lotus Yoga Studio', created: '2024-03-20T08:30:00.000Z', editorType: 'EDITOR' },
  { id: S.lawFirm, owner: A.reseller, name: 'law-firm', displayName: 'Hart & Cole Law', created: '2024-04-11T12:00:05.010Z', published: true, premium: true, editorType: 'ADI' },
  { id: S.cafeMenu, owner: A.reseller, name: 'cafe-menu', displayName: 'Corner Cafe Menu', created: '2024-05-05T07:45:12.300Z', published: true, editorType: 'EDITOR' },
  { id: S.headlessShop, owner: A.reseller, name: 'headless-shop', displayName: 'Headless Storefront', created: '2024-05-28T16:20:40.000Z', editorType: 'UNKNOWN', namespace: 'HEADLESS' },
  { id: S.photoPortfolio, owner: A.reseller, name: 'photo-portfolio', displayName: 'Lena Photo', created: '2024-06-17T11:11:11.111Z', published: true, editorType: 'EDITOR' },
  { id: S.weddingPlanner, owner: A.reseller, name: 'wedding-planner', displayName: 'Ever After Weddings', created: '2024-07-01T09:00:00.000Z', editorType: 'ADI', trashed: '2025-01-15T10:00:00.000Z' },
  { id: S.studioLanding, owner: A.reseller, name: 'studio-landing', displayName: 'Studio Landing Page', created: '2024-07-22T14:35:00.250Z', published: true, editorType: 'STUDIO' },
  { id: S.sitelessBusiness, owner: A.reseller, name: 'siteless-business', displayName: 'Mobile Car Wash', created: '2024-08-09T13:14:15.160Z', editorType: 'UNKNOWN', namespace: 'SITELESS_BUSINESS' },
  { id: S.templateSandbox, owner: A.reseller, name: 'template-sandbox', displayName: 'Template Sandbox', created: '2024-08-30T18:00:00.000Z', editorType: 'EDITORX', namespace: 'DEV_SITE' },
  { id: S.customerAShop, owner: A.customerA, name: 'green-thumb-shop', displayName: 'Green Thumb Garden Shop', created: '2024-09-03T10:10:10.100Z', published: true, premium: true, editorType: 'EDITOR' },
  { id: S.customerABlog, owner: A.customerA, name: 'green-thumb-blog', displayName: 'Green Thumb Blog', created: '2024-09-12T09:09:09.090Z', published: true, editorType: 'EDITOR' },
  { id: S.customerBRestaurant, owner: A.customerB, name: 'la-trattoria', displayName: 'La Trattoria', created: '2024-10-01T19:30:00.000Z', published: true, premium: true, editorType: 'STUDIO', domainConnected: true },
  { id: S.customerBEvents, owner: A.customerB, name: 'trattoria-events', displayName: 'Trattoria Events', created: '2024-10-18T17:00:00.000Z', published: true, editorType: 'EDITOR' },
  { id: S.customerBDraft, owner: A.customerB, name: 'trattoria-catering', displayName: 'Trattoria Catering', created: '2024-11-04T08:15:00.000Z', editorType: 'EDITORX' },
  { id: S.customerCPortfolio, owner: A.customerC, name: 'north-architects', displayName: 'North Architects', created: '2024-11-25T12:40:00.000Z', published: true, editorType: 'STUDIO' },
  { id: S.customerCFoldered, owner: A.customerC, name: 'north-client-demo', displayName: 'Client Demo', created: '2024-12-09T15:00:00.000Z', editorType: 'EDITOR', folderId: SEED_IDS.folders.customerCClients },
  { id: S.marketingBlog, owner: A.reseller, name: 'marketing-blog', displayName: 'Agency Marketing Blog', created: '2025-01-06T10:00:00.000Z', published: true, editorType: 'EDITOR' },
  { id: S.outsiderShop, owner: A.outsider, name: 'outsider-shop', displayName: 'Outsider Shop', created: '2024-04-04T04:04:04.040Z', published: true, premium: true, editorType: 'EDITOR' },
  { id: S.outsiderDraft, owner: A.outsider, name: 'outsider-draft', displayName: 'Outsider Draft', created: '2024-06-06T06:06:06.060Z', editorType: 'ADI' },
];

const APPS = SEED_IDS.apps;

/** Connected domains (on the sites whose seed says `domainConnected`) and installed apps. */
// prettier-ignore
const SITE_EXTRAS: SiteExtras[] = [
  { siteId: S.agencyPortfolio, domains: ['demoagency.com'], appIds: [APPS.blog] },
  { siteId: S.dentalClinic, domains: ['brightsmiledental.com'], appIds: [APPS.bookings] },
  { siteId: S.cafeMenu, domains: [], appIds: [APPS.stores, APPS.bookings] },
  { siteId: S.customerAShop, domains: [], appIds: [APPS.stores] },
  { siteId: S.customerABlog, domains: [], appIds: [APPS.blog] },
  { siteId: S.customerBRestaurant, domains: ['latrattoria.it'], appIds: [APPS.bookings] },
  { siteId: S.marketingBlog, domains: [], appIds: [APPS.blog] },
];

function instance(
  instanceId: string,
  catalogProductId: string,
  status: ProductInstance['status'],
  date: string,
  extra: Partial<ProductInstance> = {},
): ProductInstance {
  return {
    instanceId,
    catalogProductId,
    status,
    billingInfo: YEARLY,
    createdDate: date,
    updatedDate: date,
    countryCode: 'US',
    ...extra,
  };
}

function pkg(
  id: string,
  accountId: string,
  date: string,
  productInstances: ProductInstance[],
  externalId?: string,
): Package {
  const result: Package = { id, accountId, productInstances, createdDate: date, updatedDate: date };
  if (externalId !== undefined) result.externalId = externalId;
  return result;
}

function packages(): Package[] {
  const d = (s: string) => `${s}.000Z`;
  // prettier-ignore
  return [
    pkg(SEED_IDS.packages.resellerVipAndMailbox, A.reseller, d('2024-01-10T10:00:00'), [
      instance(I.vipOnAgencyPortfolio, P.businessVip, 'ENABLED', d('2024-01-10T10:00:00'), { siteId: S.agencyPortfolio }),
      instance(I.mailboxFloating, P.workspaceMailbox, 'ENABLED', d('2024-01-10T10:00:00'), { billingInfo: MONTHLY }),
    ], 'crm-sub-1001'),
    pkg(SEED_IDS.packages.resellerUnlimitedWithDomain, A.reseller, d('2024-03-05T09:30:00'), [
      instance(I.unlimitedOnDentalClinic, P.businessUnlimited, 'ENABLED', d('2024-03-05T09:30:00'), { siteId: S.dentalClinic }),
      instance(I.domainOnDentalClinic, P.domainCom, 'ENABLED', d('2024-03-05T09:30:00'), { siteId: S.dentalClinic, referenceProductInstanceId: I.unlimitedOnDentalClinic, expirationDate: d('2026-03-05T09:30:00') }),
    ], 'crm-sub-1002'),
    pkg(SEED_IDS.packages.resellerPendingBasic, A.reseller, d('2024-04-12T08:00:00'), [
      instance(I.pendingBasicOnLawFirm, P.businessBasic, 'PENDING', d('2024-04-12T08:00:00'), { siteId: S.lawFirm, countryCode: 'GB' }),
    ]),
    pkg(SEED_IDS.packages.resellerFailedAscend, A.reseller, d('2024-05-06T12:00:00'), [
      instance(I.failedAscendOnCafeMenu, P.ascendFails, 'FAILED', d('2024-05-06T12:00:00'), { siteId: S.cafeMenu, billingInfo: MONTHLY, failure: { code: 'DELIVERY_TIMEOUT', message: "delivery of product has reached it's deadline" } }),
    ]),
    pkg(SEED_IDS.packages.resellerCanceled, A.reseller, d('2024-06-18T15:00:00'), [
      instance(I.canceledBasicOnPhotoPortfolio, P.businessBasic, 'CANCELED', d('2024-06-18T15:00:00'), { siteId: S.photoPortfolio, billingInfo: MONTHLY }),
      instance(I.canceledMailbox, P.workspaceMailbox, 'CANCELED', d('2024-06-18T15:00:00')),
    ], 'crm-sub-1003'),
    pkg(SEED_IDS.packages.resellerFloating, A.reseller, d('2024-08-01T11:00:00'), [
      instance(I.floatingUnlimited, P.businessUnlimited, 'ENABLED', d('2024-08-01T11:00:00')),
      instance(I.floatingBasic, P.businessBasic, 'ENABLED', d('2024-08-01T11:00:00'), { billingInfo: MONTHLY, countryCode: 'DE', discountCode: 'SUMMER24' }),
    ]),
    pkg(SEED_IDS.packages.customerABasic, A.customerA, d('2024-09-04T10:00:00'), [
      instance(I.basicOnCustomerAShop, P.businessBasic, 'ENABLED', d('2024-09-04T10:00:00'), { siteId: S.customerAShop }),
    ], 'crm-sub-2001'),
    pkg(SEED_IDS.packages.customerADomainAwaiting, A.customerA, d('2024-09-20T10:00:00'), [
      instance(I.awaitingDomainOnCustomerAShop, P.domainCom, 'AWAITING_ACTION', d('2024-09-20T10:00:00'), { siteId: S.customerAShop }),
    ]),
    pkg(SEED_IDS.packages.customerBUnlimited, A.customerB, d('2024-10-02T20:00:00'), [
      instance(I.unlimitedOnCustomerBRestaurant, P.businessUnlimited, 'ENABLED', d('2024-10-02T20:00:00'), { siteId: S.customerBRestaurant, countryCode: 'IT' }),
      instance(I.mailboxOnCustomerBRestaurant, P.workspaceMailbox, 'ENABLED', d('2024-10-02T20:00:00'), { siteId: S.customerBRestaurant, countryCode: 'IT', billingInfo: MONTHLY }),
    ], 'crm-sub-3001'),
    pkg(SEED_IDS.packages.outsiderVip, A.outsider, d('2024-04-05T05:00:00'), [
      instance(I.vipOnOutsiderShop, P.businessVip, 'ENABLED', d('2024-04-05T05:00:00'), { siteId: S.outsiderShop }),
    ], 'outsider-secret-ref'),
  ];
}

/** A fresh copy of the seed state; callers may mutate it freely. */
export function createSeedState(): EmulatorState {
  const transferDate = '2024-01-01T00:00:00.000Z';
  const allowed = (id: string, targetAccountId: string) => ({
    id,
    sourceAccountId: A.reseller,
    targetAccountId,
    createdDate: transferDate,
    updatedDate: transferDate,
  });
  return {
    accounts: [
      { id: A.reseller, name: 'Demo Agency (reseller team account)' },
      { id: A.customerA, name: 'Green Thumb Ltd (customer)', parentAccountId: A.reseller },
      { id: A.customerB, name: 'La Trattoria SRL (customer)', parentAccountId: A.reseller },
      { id: A.customerC, name: 'North Architects (customer)', parentAccountId: A.reseller },
      { id: A.outsider, name: 'Unrelated account (not part of the reseller family)' },
    ],
    apiKeys: [{ key: DEFAULT_API_KEY, label: 'default emulator key' }],
    sites: SITES.map(site),
    siteExtras: structuredClone(SITE_EXTRAS),
    catalog: structuredClone(CATALOG),
    packages: packages(),
    allowedTransfers: [
      allowed(SEED_IDS.allowedTransfers.resellerToCustomerA, A.customerA),
      allowed(SEED_IDS.allowedTransfers.resellerToCustomerB, A.customerB),
      allowed(SEED_IDS.allowedTransfers.resellerToCustomerC, A.customerC),
    ],
    transitions: [],
    idempotency: [],
  };
}
