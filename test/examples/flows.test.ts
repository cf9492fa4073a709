import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { runFlows, SEED_FLOW_IDS } from '../../examples/flows.js';
import { ACCOUNTS, INSTANCES, PRODUCTS, SITES, useGateway } from '../harness.js';

const gateway = useGateway();

describe('examples/flows.ts (npm run example:flows)', () => {
  it('uses IDs that exist in the emulator seed', () => {
    expect(SEED_FLOW_IDS).toEqual({
      customerAccountId: ACCOUNTS.customerC,
      siteId: SITES.bakeryDraft,
      catalogProductId: PRODUCTS.businessVip,
      serviceAccountId: ACCOUNTS.customerA,
      instanceId: INSTANCES.basicOnCustomerAShop,
      toSiteId: SITES.customerABlog,
    });
  });

  it('runs both flows end to end through the typed client', async () => {
    const lines: string[] = [];
    const result = await runFlows({ url: gateway.gatewayUrl, log: (line) => lines.push(line) });

    expect(result).toEqual({
      transferredSite: { id: SITES.bakeryDraft, ownerAccountId: ACCOUNTS.customerC },
      packageId: expect.any(String),
      provisioned: [
        { instanceId: expect.any(String), status: 'PENDING', siteId: SITES.bakeryDraft },
      ],
      movedService: {
        instanceId: INSTANCES.basicOnCustomerAShop,
        fromSite: SITES.customerAShop,
        toSite: SITES.customerABlog,
      },
    });
    expect(lines).toHaveLength(4);
  });
});

describe('examples/flows.ts against a gateway that enforces trusted documents', () => {
  const enforcing = useGateway({
    env: {
      TRUSTED_DOCUMENTS: 'enforce',
      TRUSTED_DOCUMENTS_MANIFEST: 'examples/generated/persisted-documents.json',
    },
  });

  it('runs both flows by hash, since codegen published every document it sends', async () => {
    const result = await runFlows({ url: enforcing.gatewayUrl });
    expect(result.movedService.toSite).toBe(SITES.customerABlog);
    expect(result.provisioned).toHaveLength(1);
  });
});

describe('npm run example:flows', () => {
  const target = useGateway();

  it('passes twice in a row against the gateway on PORT, resetting the emulator first', async () => {
    const port = new URL(target.gatewayUrl).port;
    const emulatorPort = new URL(target.emulatorUrl).port;
    const run = () =>
      promisify(execFile)('npm', ['run', '--silent', 'example:flows'], {
        env: { PATH: process.env.PATH, PORT: port, WIX_EMULATOR_PORT: emulatorPort },
      });

    const first = await run();
    const second = await run();
    for (const { stdout } of [first, second]) {
      expect(stdout).toMatch(
        /^1\. .*\n2\. transferred to account .*\n3\. package .*\n4\. .* moved from .*\nBoth flows done\.\n$/,
      );
    }
  }, 240_000);
});
