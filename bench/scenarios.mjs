/**
 * The four scenarios of issue 5, written once per API style: the floor's REST
 * routes, our gateway's GraphQL, and the peer's generated GraphQL. Each
 * target's request asks for the same data; `check` rejects a wrong answer
 * before anything is measured.
 */
import { benchLogoInstanceId, benchPackageId, benchSiteId, PACKAGES } from './fixture.mjs';

export const SCENARIOS = ['package', 'sites', 'packages', 'mutations'];

/**
 * @typedef {{ method: string, path: string, body?: string }} HttpRequest
 * @typedef {{ next: () => HttpRequest, check: (body: any) => string | undefined }} ScenarioDriver
 */

/**
 * How a benchmark target is spoken to: the floors (`floor`, `floor-got`) by
 * REST, the peer by its generated schema, our gateways by our schema.
 * @param {string} target
 * @returns {'floor' | 'graphql' | 'peer'}
 */
export function styleOf(target) {
  if (target.startsWith('floor')) return 'floor';
  return target === 'peer' ? 'peer' : 'graphql';
}

/**
 * @param {string} scenario one of SCENARIOS
 * @param {'floor' | 'graphql' | 'peer'} style how the target is spoken to
 * @param {{ logoOneTime: string }} products catalog IDs from SEED_IDS.products
 * @returns {ScenarioDriver}
 */
export function scenarioDriver(scenario, style, products) {
  const packageId = benchPackageId(0);
  switch (scenario) {
    case 'package':
      return fixed(
        {
          floor: get(`/package?id=${packageId}`),
          graphql: gql(
            `{ package(id: "${packageId}") { id productInstances { id status site { id name } } } }`,
          ),
          peer: gql(
            `{ getPackage(id: "${packageId}") { ... on GetPackageResponse { package { id productInstances { instanceId status site { id name } } } } } }`,
          ),
        }[style],
        (data) => data?.package ?? data?.getPackage?.package,
        (pkg) =>
          pkg.productInstances.length === 2 && pkg.productInstances.every((i) => i.site?.name),
      );
    case 'sites':
      return fixed(
        {
          floor: get('/sites?first=50'),
          graphql: gql(`{ sites(first: 50) { nodes { id name productInstances { id status } } } }`),
          peer: gql(
            `{ querySites(input: { query: { cursorPaging: { limit: 50 } } }) { ... on QuerySitesResponse { sites { id name productInstances { instanceId status } } } } }`,
          ),
        }[style],
        (data) => data?.sites?.nodes ?? data?.querySites?.sites,
        (sites) => sites.length === 50 && sites.some((s) => s.productInstances.length > 0),
      );
    case 'packages':
      return fixed(
        {
          floor: get('/packages?first=50'),
          graphql: gql(
            `{ packages(first: 50) { nodes { id productInstances { id site { id name } package { id } } } } }`,
          ),
          peer: gql(
            `{ queryPackages(input: { query: { cursorPaging: { limit: 50 } } }) { ... on QueryPackagesResponse { packages { id productInstances { instanceId site { id name } package { id } } } } } }`,
          ),
        }[style],
        (data) => data?.packages?.nodes ?? data?.queryPackages?.packages,
        (packages) =>
          packages.length === 50 &&
          packages.every((p) => p.productInstances.every((i) => i.package?.id === p.id)),
      );
    case 'mutations':
      return mutationMix(style, products);
    default:
      throw new Error(`unknown scenario "${scenario}"; expected one of ${SCENARIOS.join(', ')}`);
  }
}

/**
 * Alternates createPackage (one floating logo) and reassignInstance (bench logo
 * k to the other of its two sites, see fixture.mjs).
 */
function mutationMix(style, products) {
  let n = 0;
  const create = {
    floor: (input) => post('/createPackage', input),
    graphql: (input) =>
      gql(
        `mutation($input: CreatePackageInput!) { createPackage(input: $input) { package { id } } }`,
        { input },
      ),
    peer: (input) =>
      gql(
        `mutation($input: CreatePackageRequest_Input) { createPackage(input: $input) { ... on PackageMutationResponse { package { id } } } }`,
        { input },
      ),
  }[style];
  const reassign = {
    floor: (instanceId, siteId) => post('/reassignInstance', { instanceId, siteId }),
    graphql: (instanceId, siteId) =>
      gql(
        `mutation { reassignInstance(instanceId: "${instanceId}", toSiteId: "${siteId}") { instance { id status } } }`,
      ),
    peer: (instanceId, siteId) =>
      gql(
        `mutation { assignProductInstance(instanceId: "${instanceId}", siteId: "${siteId}") { ... on PackageMutationResponse { package { productInstances { instanceId status } } } } }`,
      ),
  }[style];
  return {
    next: () => {
      const i = n++;
      if (i % 2 === 0) {
        return create({
          products: [{ catalogProductId: products.logoOneTime, countryCode: 'US' }],
        });
      }
      const k = (i >> 1) % PACKAGES;
      const round = Math.floor((i >> 1) / PACKAGES);
      return reassign(benchLogoInstanceId(k), benchSiteId(round % 2 === 0 ? k : PACKAGES + k));
    },
    check: (body) => {
      if (body?.errors) return JSON.stringify(body.errors).slice(0, 300);
      const data = body?.data ?? {};
      const ok =
        data.createPackage?.package?.id ??
        data.reassignInstance?.instance?.id ??
        data.assignProductInstance?.package?.productInstances;
      return ok ? undefined : `unexpected answer ${JSON.stringify(body).slice(0, 300)}`;
    },
  };
}

function fixed(request, pick, valid) {
  return {
    next: () => request,
    check: (body) => {
      if (body?.errors) return JSON.stringify(body.errors).slice(0, 300);
      const value = pick(body?.data);
      return value && valid(value)
        ? undefined
        : `unexpected answer ${JSON.stringify(body).slice(0, 300)}`;
    },
  };
}

const get = (path) => ({ method: 'GET', path });
const post = (path, body) => ({ method: 'POST', path, body: JSON.stringify(body) });
const gql = (query, variables) => ({
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify(variables ? { query, variables } : { query }),
});
