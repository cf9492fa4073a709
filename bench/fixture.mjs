/**
 * The benchmark's data set: the emulator's seed plus enough reseller-owned
 * sites and packages for pages of up to 100 (the upstream page limit). Built from the seed the emulator
 * serves (GET /_emulator/state) so it follows any change to the state shape,
 * and loaded back before every measurement so writes never leak between runs.
 *
 * Layout: bench package k (k < PACKAGES) holds a premium plan on site k and a
 * logo on site PACKAGES + k. The mutation mix moves logo k between those two
 * sites: each site only ever holds its own package's instances, so concurrent
 * reassignments never break the one-instance-per-product-type rule.
 */
export const PACKAGES = 100;
const SITES = 2 * PACKAGES;
const CREATED = '2026-01-01T00:00:00.000Z';

const id = (prefix, n) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const benchSiteId = (n) => id('5e1eb000', n);
export const benchPackageId = (n) => id('bacb0000', n);
export const benchPlanInstanceId = (n) => id('1a5b0000', 2 * n);
export const benchLogoInstanceId = (n) => id('1a5b0000', 2 * n + 1);

/**
 * @param {any} seed the emulator state as served by GET /_emulator/state
 * @param {{ reseller: string, businessBasic: string, logoOneTime: string }} ids from SEED_IDS
 */
export function buildBenchState(seed, ids) {
  const template = seed.sites.find((s) => s.ownerAccountId === ids.reseller) ?? seed.sites[0];
  const sites = Array.from({ length: SITES }, (_, n) => ({
    ...template,
    id: benchSiteId(n),
    htmlAppId: id('4a77b000', n),
    name: `bench-site-${n}`,
    displayName: `Bench site ${n}`,
    ownerAccountId: ids.reseller,
    createdDate: CREATED,
    updatedDate: CREATED,
    // The emulator keeps `premium` true exactly while a premium plan is assigned.
    premium: n < PACKAGES,
    trashedDate: undefined,
    folderId: undefined,
  }));
  const instance = (instanceId, siteId, catalogProductId, billingInfo) => ({
    instanceId,
    siteId,
    catalogProductId,
    status: 'ENABLED',
    billingInfo,
    createdDate: CREATED,
    updatedDate: CREATED,
    countryCode: 'US',
  });
  const packages = Array.from({ length: PACKAGES }, (_, n) => ({
    id: benchPackageId(n),
    accountId: ids.reseller,
    externalId: `bench-${n}`,
    productInstances: [
      instance(benchPlanInstanceId(n), benchSiteId(n), ids.businessBasic, {
        type: 'RECURRING',
        cycleDuration: { unit: 'MONTH', count: 1 },
      }),
      instance(benchLogoInstanceId(n), benchSiteId(PACKAGES + n), ids.logoOneTime, {
        type: 'ONE_TIME',
      }),
    ],
    createdDate: CREATED,
    updatedDate: CREATED,
  }));
  return {
    ...seed,
    sites: [...seed.sites, ...sites],
    packages: [...seed.packages, ...packages],
    idempotency: [],
  };
}
