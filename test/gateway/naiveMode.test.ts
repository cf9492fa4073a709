import { ConfigError, loadConfig } from '../../src/config.js';
import type { Package as WirePackage } from '../../src/wix-api/types.js';
import { PackagesWithLinksDocument } from '../generated/graphql.js';
import { ACCOUNTS, useGateway } from '../harness.js';

/** The benchmark's naive baseline: batching and caching off. */
const gateway = useGateway({ env: { GATEWAY_BATCHING: 'false' } });

describe('GATEWAY_BATCHING=false', () => {
  it('is read as a boolean and refuses anything else', () => {
    expect(loadConfig({}).loaders.batching).toBe(true);
    expect(loadConfig({ GATEWAY_BATCHING: 'false' }).loaders.batching).toBe(false);
    expect(() => loadConfig({ GATEWAY_BATCHING: 'off' })).toThrow(ConfigError);
  });

  it('answers the same data with one upstream call per item', async () => {
    const first = 5;
    const body = (await gateway.upstream(
      'POST',
      '/resellers/v1/packages/query',
      ACCOUNTS.reseller,
      {
        query: { cursorPaging: { limit: first } },
      },
    )) as { packages: WirePackage[] };
    const sited = body.packages.flatMap((p) => p.productInstances).filter((i) => i.siteId);

    await gateway.clearUpstreamCalls();
    const response = await gateway.execute(PackagesWithLinksDocument, { first });
    expect(response.errors).toBeUndefined();
    expect(response.data!.packages.nodes.map((p) => p.id)).toEqual(body.packages.map((p) => p.id));
    expect(
      response.data!.packages.nodes.flatMap((p) => p.productInstances).filter((i) => i.site),
    ).toHaveLength(sited.length);
    // The page, then per instance on a site: its site, and its site's packages.
    expect(await gateway.upstreamCalls()).toHaveLength(1 + 2 * sited.length);
  });
});
