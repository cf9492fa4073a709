import { UpstreamUnavailableError } from '../../src/errors/index.js';
import { reassignInstance, type ReassignPorts } from '../../src/services/reassignInstance.js';
import type { Package, Site } from '../../src/wix-api/types.js';

const ACCOUNT = 'acc00000-0000-4000-8000-000000000001';
const site = (id: string) => ({ id }) as Site;
const pkgWith = (siteId?: string): Package => ({
  id: 'p',
  accountId: ACCOUNT,
  createdDate: '',
  updatedDate: '',
  productInstances: [
    {
      instanceId: 'i',
      siteId,
      catalogProductId: 'c',
      status: 'ENABLED',
      createdDate: '',
      updatedDate: '',
    },
  ],
});

/** Ports whose Get Package answers the given placements in turn. */
function ports(placements: (string | undefined | Error)[], writes: string[] = []): ReassignPorts {
  return {
    accountId: ACCOUNT,
    findPackageByInstance: async () => pkgWith('from'),
    findSite: async (id) => site(id),
    assign: async (_i, siteId) => {
      writes.push(`assign ${siteId}`);
      if (siteId === 'to') throw new UpstreamUnavailableError('Assign failed');
      return pkgWith(siteId);
    },
    unassign: async () => pkgWith(undefined),
    getPackage: async () => {
      const next = placements.shift();
      if (next instanceof Error) throw next;
      return pkgWith(next);
    },
  };
}

describe('reassignInstance (service)', () => {
  it('reports MISPLACED with the current site when neither move nor restore landed', async () => {
    const writes: string[] = [];
    await expect(
      reassignInstance(ports(['elsewhere', 'elsewhere'], writes), 'i', 'to'),
    ).rejects.toMatchObject({
      extensions: {
        code: 'UPSTREAM_UNAVAILABLE',
        instanceState: 'MISPLACED',
        currentSiteId: 'elsewhere',
      },
    });
    expect(writes).toEqual(['assign to', 'assign from']);
  });

  it('reports UNKNOWN when the package cannot be re-read after a failed Assign', async () => {
    await expect(
      reassignInstance(ports([new UpstreamUnavailableError('down')]), 'i', 'to'),
    ).rejects.toMatchObject({
      message: expect.stringContaining('could not be verified'),
      extensions: { instanceState: 'UNKNOWN' },
    });
  });

  it('makes no write when the instance is already on the target site', async () => {
    const writes: string[] = [];
    const result = await reassignInstance(ports([], writes), 'i', 'from');
    expect(result.toSite).toEqual(site('from'));
    expect(writes).toEqual([]);
  });
});
