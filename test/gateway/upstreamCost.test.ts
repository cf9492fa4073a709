import { getOperationAST, print } from 'graphql';
import type { Execute } from '../../examples/client.js';
import { movePaidService, SEED_FLOW_IDS, setUpAndTransferSite } from '../../examples/flows.js';
import { PRODUCTS, SEED_IDS, useGateway, type Harness } from '../harness.js';

/** What bench/scenarios.mjs exports (plain JavaScript, loaded as it is). */
interface BenchScenarios {
  SCENARIOS: string[];
  PAGED_SCENARIOS: string[];
  scenarioDriver(
    scenario: string,
    style: 'graphql',
    products: typeof PRODUCTS,
    first?: number,
  ): {
    next(): { body: string };
    check(body: unknown): string | undefined;
  };
}
interface BenchFixture {
  buildBenchState(seed: unknown, ids: Record<string, string>): unknown;
}

const bench = <T>(file: string) =>
  import(new URL(`../../bench/${file}`, import.meta.url).href) as Promise<T>;

interface Answer {
  status: number;
  body: {
    data?: unknown;
    errors?: { message: string; extensions: Record<string, unknown> }[];
    extensions?: { cost?: { estimatedUpstreamCalls: number; estimatedObjects: number } };
  };
}

interface Measured {
  estimated: number | undefined;
  measured: number;
}

/** Runs one request on an empty request log: the estimate it answered and the calls Wix saw. */
async function measure(gateway: Harness, body: string): Promise<Measured & { answer: Answer }> {
  await gateway.clearUpstreamCalls();
  const answer = (await gateway.post(body)) as Answer;
  const measured = (await gateway.upstreamCalls()).length;
  return { estimated: answer.body.extensions?.cost?.estimatedUpstreamCalls, measured, answer };
}

/** Replaces the emulator's state with the benchmark's data set (bench/fixture.mjs). */
async function loadBenchState(gateway: Harness): Promise<void> {
  const { buildBenchState } = await bench<BenchFixture>('fixture.mjs');
  const admin = `${gateway.emulatorUrl}/_emulator/state`;
  const seed = await (await fetch(admin)).json();
  const ids = { reseller: SEED_IDS.accounts.reseller, ...PRODUCTS };
  const response = await fetch(admin, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(buildBenchState(seed, ids)),
  });
  expect(response.status).toBe(200);
}

/** 15 aliases of a 20-site page with its count and each site's packages. */
const FIFTEEN_ALIASES = `{ ${Array.from(
  { length: 15 },
  (_, i) =>
    `a${i}: sites(first: 20) { totalCount nodes { id transferable productInstances { id } } }`,
).join(' ')} }`;

/** A 50-package page with each instance's site and that site's instances. */
const FIFTY_PACKAGES =
  '{ packages(first: 50) { nodes { id productInstances { id site { id name productInstances { id } } } } } }';

describe('the upstream estimate against the emulator request log', () => {
  const gateway = useGateway({ env: { QUERY_COST_EXTENSIONS: 'true' } });

  describe('every benchmark scenario (bench/scenarios.mjs on its data set)', () => {
    beforeEach(() => loadBenchState(gateway));

    it.each([
      ['package', 2],
      ['sites', 2],
      ['packages', 2],
      ['assign', 1],
      ['create', 1],
      ['reassign', 3],
    ])('%s: the estimate is the %i calls Wix sees', async (scenario, calls) => {
      const { SCENARIOS, scenarioDriver } = await bench<BenchScenarios>('scenarios.mjs');
      expect(SCENARIOS).toContain(scenario);
      const driver = scenarioDriver(scenario, 'graphql', PRODUCTS);
      const { estimated, measured, answer } = await measure(gateway, driver.next().body);
      expect(driver.check(answer.body)).toBeUndefined();
      expect({ estimated, measured }).toEqual({ estimated: calls, measured: calls });
    });

    // The growth run (bench/README.md) reads the paged scenarios at these page sizes too.
    it.each([
      ['sites', 5, 2],
      ['sites', 25, 2],
      ['sites', 100, 2],
      ['packages', 5, 2],
      ['packages', 25, 2],
      ['packages', 100, 3],
    ])('%s at first: %i: the estimate is the %i calls Wix sees', async (scenario, first, calls) => {
      const { PAGED_SCENARIOS, scenarioDriver } = await bench<BenchScenarios>('scenarios.mjs');
      expect(PAGED_SCENARIOS).toContain(scenario);
      const driver = scenarioDriver(scenario, 'graphql', PRODUCTS, first);
      const { estimated, measured, answer } = await measure(gateway, driver.next().body);
      expect(driver.check(answer.body)).toBeUndefined();
      expect({ estimated, measured }).toEqual({ estimated: calls, measured: calls });
    });

    it('covers every scenario the benchmark runs', async () => {
      const { SCENARIOS } = await bench<BenchScenarios>('scenarios.mjs');
      expect(SCENARIOS).toEqual(['package', 'sites', 'packages', 'assign', 'create', 'reassign']);
    });

    it('passes the 50-package nested page with the default limits: 3 calls, as estimated', async () => {
      const { estimated, measured, answer } = await measure(
        gateway,
        JSON.stringify({ query: FIFTY_PACKAGES }),
      );
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data).toMatchObject({ packages: { nodes: expect.any(Array) } });
      expect((answer.body.data as { packages: { nodes: unknown[] } }).packages.nodes).toHaveLength(
        50,
      );
      // Query Packages; Query Sites of the instances' sites; Query Packages of those sites.
      expect({ estimated, measured }).toEqual({ estimated: 3, measured: 3 });
    });
  });

  it('matches each step of the README flows, and bounds the one it cannot know', async () => {
    const steps: Record<string, Measured> = {};
    const execute: Execute = async (document, variables) => {
      const name = getOperationAST(document)?.name?.value ?? '?';
      const body = JSON.stringify({ query: print(document), variables });
      const { estimated, measured, answer } = await measure(gateway, body);
      expect(answer.body.errors).toBeUndefined();
      steps[name] = { estimated, measured };
      return answer.body.data as never;
    };
    await setUpAndTransferSite(execute, SEED_FLOW_IDS, () => undefined);
    await movePaidService(execute, SEED_FLOW_IDS, () => undefined);
    expect(steps).toEqual({
      // Query Sites in the one account searched, Query Packages for `transferable`.
      SiteBeforeTransfer: { estimated: 2, measured: 2 },
      // The site, its packages, Transfer Site, the site re-read; `transferable` again.
      TransferSiteToCustomer: { estimated: 5, measured: 5 },
      // Create Package; the new instance's site.
      CreateCustomerPackage: { estimated: 2, measured: 2 },
      // The instance's package, both sites, Assign; then one Query Sites for the
      // three sites of the payload. The estimate cannot know before reading that
      // the package's owner (who `instance.site` is read as) is the account acted
      // on, so it prices that read apart: an upper bound by one.
      MovePaidService: { estimated: 5, measured: 4 },
    });
  });

  it('refuses the 15 aliases of a 20-site page with the default limits, saying which limit and by how much', async () => {
    const { answer, measured } = await measure(gateway, JSON.stringify({ query: FIFTEEN_ALIASES }));
    expect(measured).toBe(0);
    expect(answer).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message:
              'This operation would make an estimated 45 upstream calls, 35 over MAX_UPSTREAM_CALLS (10): ask for fewer aliases, smaller pages or fewer nested lists',
            extensions: {
              code: 'BAD_USER_INPUT',
              reason: 'QUERY_TOO_COMPLEX',
              limit: 'MAX_UPSTREAM_CALLS',
              estimated: 45,
              maximum: 10,
            },
          },
        ],
        extensions: { cost: { estimatedUpstreamCalls: 45, estimatedObjects: 915 } },
      },
    });
  });

  it("matches the README's first query: a page of sites with their transferability", async () => {
    const { estimated, measured, answer } = await measure(
      gateway,
      JSON.stringify({ query: '{ sites(first: 3) { nodes { id displayName transferable } } }' }),
    );
    expect(answer.body.errors).toBeUndefined();
    // Query Sites; Query Packages of the three sites.
    expect({ estimated, measured }).toEqual({ estimated: 2, measured: 2 });
  });

  it('prices introspection at nothing', async () => {
    const { estimated, measured } = await measure(
      gateway,
      JSON.stringify({ query: '{ __schema { types { name fields { name } } } }' }),
    );
    expect({ estimated, measured }).toEqual({ estimated: 0, measured: 0 });
  });
});

describe('the 15 aliases with the call limit lifted', () => {
  const gateway = useGateway({
    env: { QUERY_COST_EXTENSIONS: 'true', MAX_UPSTREAM_CALLS: '1000' },
  });

  it('make more than 10 calls, and no more than estimated', async () => {
    const { estimated, measured, answer } = await measure(
      gateway,
      JSON.stringify({ query: FIFTEEN_ALIASES }),
    );
    expect(answer.body.errors).toBeUndefined();
    if (process.env.COST_REPORT) console.log({ fifteenAliases: { estimated, measured } });
    expect(estimated).toBe(45);
    // Each alias's page and count are calls of their own; the packages of
    // the same sites are read once, then answered from the loader's cache.
    expect(measured).toBeGreaterThan(10);
    expect(measured).toBeLessThanOrEqual(45);
  });
});
