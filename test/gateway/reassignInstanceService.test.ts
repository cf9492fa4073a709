import { upstreamUnavailable } from '../../src/errors/index.js';
import type { AuthorizedAccount } from '../../src/security/authorizeAccount.js';
import {
  reassignInstance as reassign,
  type ReassignPort,
  type WriteStep,
} from '../../src/services/reassignInstance.js';
import type { Package, Site } from '../../src/wix-api/types.js';

const ACCOUNT = 'acc00000-0000-4000-8000-000000000001' as AuthorizedAccount;
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

/** The service under each write's step name as its idempotency key. */
function reassignInstance(port: ReassignPort, instanceId: string, toSiteId: string) {
  return reassign(port, { key: (step: WriteStep) => step }, instanceId, toSiteId);
}

/**
 * Ports whose Get Package answers the given placements in turn, and whose
 * Assign to `to` fails, or, given `movedTo`, answers the package with the
 * instance there.
 */
function ports(
  placements: (string | undefined | Error)[],
  writes: string[] = [],
  movedTo?: string,
): ReassignPort {
  return {
    accountId: ACCOUNT,
    packageOfInstance: async () => pkgWith('from'),
    site: async (id) => site(id),
    assignInstance: async (_i, siteId, key) => {
      writes.push(`assign ${siteId}`);
      if (siteId === 'to' && key === 'move') {
        if (movedTo === undefined) throw upstreamUnavailable('Assign failed');
        return pkgWith(movedTo);
      }
      return pkgWith(siteId);
    },
    unassignInstance: async () => pkgWith(undefined),
    rereadPackage: async () => {
      writes.push('get package');
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
    expect(writes).toEqual(['assign to', 'get package', 'assign from', 'get package']);
  });

  it("takes a successful Assign's answer as the verification, without re-reading", async () => {
    const calls: string[] = [];
    const result = await reassignInstance(ports([], calls, 'to'), 'i', 'to');
    expect(result.pkg.productInstances[0].siteId).toBe('to');
    expect(calls).toEqual(['assign to']);
  });

  it('re-reads when a successful Assign answers the instance somewhere else, and trusts the re-read', async () => {
    const calls: string[] = [];
    const result = await reassignInstance(ports(['to'], calls, 'from'), 'i', 'to');
    expect(result.pkg.productInstances[0].siteId).toBe('to');
    expect(calls).toEqual(['assign to', 'get package']);
  });

  it('reports UNCHANGED from the re-read when a successful Assign did not move the instance', async () => {
    const calls: string[] = [];
    await expect(reassignInstance(ports(['from'], calls, 'from'), 'i', 'to')).rejects.toMatchObject(
      {
        message: expect.stringContaining('Wix reported success but the instance is elsewhere'),
        extensions: { code: 'UPSTREAM_UNAVAILABLE', instanceState: 'UNCHANGED' },
      },
    );
    expect(calls).toEqual(['assign to', 'get package']);
  });

  it('reports UNKNOWN when the package cannot be re-read after a failed Assign', async () => {
    await expect(
      reassignInstance(ports([upstreamUnavailable('down')]), 'i', 'to'),
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
