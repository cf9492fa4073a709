/**
 * The benchmark's scenarios, written once per API style: the floor's REST
 * routes, our gateway's GraphQL, and the peer's generated GraphQL. Each
 * target's request asks for the same data; `check` rejects a wrong answer
 * before anything is measured. The writes are compared like with like:
 * `assign` and `create` are one upstream write for every target; `reassign`
 * is our checked, verified move against the others' bare Assign, reported apart.
 */
import { benchLogoInstanceId, benchPackageId, benchSiteId, PACKAGES } from './fixture.mjs';

export const SCENARIOS = ['package', 'sites', 'packages', 'assign', 'create', 'reassign'];

/** The scenarios that read a page, whose cost grows with `first`. */
export const PAGED_SCENARIOS = ['sites', 'packages'];

/** Page size of the paged scenarios unless `--first` says otherwise. */
export const DEFAULT_FIRST = 50;

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
 * @param {number} [first] page size of the `sites` and `packages` scenarios
 * @returns {ScenarioDriver}
 */
export function scenarioDriver(scenario, style, products, first = DEFAULT_FIRST) {
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
          floor: get(`/sites?first=${first}`),
          graphql: gql(
            `{ sites(first: ${first}) { nodes { id name productInstances { id status } } } }`,
          ),
          peer: gql(
            `{ querySites(input: { query: { cursorPaging: { limit: ${first} } } }) { ... on QuerySitesResponse { sites { id name productInstances { instanceId status } } } } }`,
          ),
        }[style],
        (data) => data?.sites?.nodes ?? data?.querySites?.sites,
        (sites) => sites.length === first && sites.some((s) => s.productInstances.length > 0),
      );
    case 'packages':
      return fixed(
        {
          floor: get(`/packages?first=${first}`),
          graphql: gql(
            `{ packages(first: ${first}) { nodes { id productInstances { id site { id name } package { id } } } } }`,
          ),
          peer: gql(
            `{ queryPackages(input: { query: { cursorPaging: { limit: ${first} } } }) { ... on QueryPackagesResponse { packages { id productInstances { instanceId site { id name } package { id } } } } } }`,
          ),
        }[style],
        (data) => data?.packages?.nodes ?? data?.queryPackages?.packages,
        (packages) =>
          packages.length === first &&
          packages.every((p) => p.productInstances.every((i) => i.package?.id === p.id)),
      );
    case 'assign':
      return moves(style, ASSIGN);
    case 'reassign':
      return moves(style, REASSIGN);
    case 'create':
      return creates(style, products);
    default:
      throw new Error(`unknown scenario "${scenario}"; expected one of ${SCENARIOS.join(', ')}`);
  }
}

/** One floating logo per request: Create Package V2 for every target. */
function creates(style, products) {
  const input = { products: [{ catalogProductId: products.logoOneTime, countryCode: 'US' }] };
  const request = {
    floor: post('/createPackage', input),
    graphql: gql(
      `mutation($input: CreatePackageInput!) { createPackage(input: $input) { package { id } } }`,
      { input },
    ),
    peer: gql(
      `mutation($input: CreatePackageRequest_Input) { createPackage(input: $input) { ... on PackageMutationResponse { package { id } } } }`,
      { input },
    ),
  }[style];
  return { next: () => request, check: mutationCheck };
}

/** The peer's and the floor's move: one bare Assign Product Instance. */
const BARE_ASSIGN = {
  floor: (instanceId, siteId) => post('/assignInstance', { instanceId, siteId }),
  peer: (instanceId, siteId) =>
    gql(
      `mutation { assignInstance(instanceId: "${instanceId}", siteId: "${siteId}") { ... on PackageMutationResponse { package { productInstances { instanceId status } } } } }`,
    ),
};
const ASSIGN = {
  ...BARE_ASSIGN,
  graphql: (instanceId, siteId) =>
    gql(
      `mutation { assignInstance(instanceId: "${instanceId}", siteId: "${siteId}") { instance { id status } } }`,
    ),
};
const REASSIGN = {
  ...BARE_ASSIGN,
  graphql: (instanceId, siteId) =>
    gql(
      `mutation { reassignInstance(instanceId: "${instanceId}", toSiteId: "${siteId}") { instance { id status } } }`,
    ),
};

/**
 * Moves bench logo k to the other of its two sites (see fixture.mjs), k
 * cycling over the bench packages, so every request really moves something.
 */
function moves(style, requests) {
  const move = requests[style];
  let n = 0;
  return {
    next: () => {
      const i = n++;
      const k = i % PACKAGES;
      const round = Math.floor(i / PACKAGES);
      return move(benchLogoInstanceId(k), benchSiteId(round % 2 === 0 ? k : PACKAGES + k));
    },
    check: mutationCheck,
  };
}

function mutationCheck(body) {
  if (body?.errors) return JSON.stringify(body.errors).slice(0, 300);
  const data = body?.data ?? {};
  const ok =
    data.createPackage?.package?.id ??
    data.assignInstance?.instance?.id ??
    data.reassignInstance?.instance?.id ??
    data.assignInstance?.package?.productInstances;
  return ok ? undefined : `unexpected answer ${JSON.stringify(body).slice(0, 300)}`;
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
