import { startEmulator } from '../../../src/emulator/index.js';
import { DEFAULT_API_KEY, SEED_IDS } from '../../../src/emulator/seed.js';
import type { Package } from '../../../src/wix-api/types.js';

describe('the strand fault', () => {
  it('leaves an assigned instance floating and answers 500, as a half-done Assign may', async () => {
    const emulator = await startEmulator({ port: 0, quiet: true });
    try {
      const headers = {
        authorization: DEFAULT_API_KEY,
        'wix-account-id': SEED_IDS.accounts.reseller,
        'content-type': 'application/json',
      };
      const pkg = (await findAssigned(emulator.url, headers))!;
      const instance = pkg.productInstances.find((i) => i.siteId)!;
      await fetch(`${emulator.url}/_emulator/faults`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([{ route: 'assignInstance', kind: 'strand', times: 1 }]),
      });
      const other = SEED_IDS.sites.bakeryDraft;
      const res = await fetch(
        `${emulator.url}/resellers/v1/packages/product-instances/${instance.instanceId}/${other}`,
        { method: 'PATCH', headers, body: '{}' },
      );
      expect(res.status).toBe(500);
      const reread = await fetch(`${emulator.url}/resellers/v1/packages/${pkg.id}`, { headers });
      const after = ((await reread.json()) as { package: Package }).package.productInstances.find(
        (i: { instanceId: string }) => i.instanceId === instance.instanceId,
      );
      expect(after?.siteId).toBeUndefined();
    } finally {
      await emulator.stop();
    }
  });
});

async function findAssigned(url: string, headers: Record<string, string>) {
  const res = await fetch(`${url}/resellers/v1/packages/query`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      query: { filter: { 'productInstances.status': { $hasSome: ['ENABLED'] } } },
    }),
  });
  const { packages } = (await res.json()) as { packages: Package[] };
  return packages.find(
    (p: { accountId: string; productInstances: { siteId?: string; status: string }[] }) =>
      p.accountId === SEED_IDS.accounts.reseller &&
      p.productInstances.some((i) => i.siteId && i.status === 'ENABLED'),
  );
}
