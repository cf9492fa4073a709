import type { FaultRule, RequestLogEntry } from '../../src/emulator/index.js';
import type { Package as WirePackage, Site as WireSite } from '../../src/wix-api/types.js';
import {
  CreatePackageDocument,
  ReassignInstanceWithKeyDocument,
  SitesWithInstancesDocument,
  TransferSiteDocument,
} from '../generated/graphql.js';
import { FAST_RESILIENCE_ENV } from '../fastResilienceEnv.js';
import { ACCOUNTS, INSTANCES, PACKAGES, PRODUCTS, SITES, useGateway } from '../harness.js';

const gateway = useGateway({ env: FAST_RESILIENCE_ENV });

async function log(): Promise<RequestLogEntry[]> {
  // Faulted calls may be logged a little after the gateway answered.
  await new Promise((r) => setTimeout(r, 30));
  return gateway.upstreamCalls();
}

function routeCalls(entries: RequestLogEntry[], route: string): string[] {
  return entries.filter((c) => c.route === route).map((c) => `${c.method} ${c.path} ${c.status}`);
}

/** Packages upstream whose externalId is `externalId` (across the reseller's family). */
async function packagesWithExternalId(externalId: string): Promise<WirePackage[]> {
  const body = (await gateway.upstream('POST', '/resellers/v1/packages/query', ACCOUNTS.reseller, {
    query: { cursorPaging: { limit: 100 } },
  })) as { packages: WirePackage[] };
  return body.packages.filter((p) => p.externalId === externalId);
}

const NEW_PACKAGE = (externalId: string, idempotencyKey?: string) => ({
  accountId: ACCOUNTS.reseller,
  input: {
    externalId,
    idempotencyKey,
    products: [
      {
        catalogProductId: PRODUCTS.logoOneTime,
        countryCode: 'US',
      },
    ],
  },
});

// Lost answers of each single paid write, under both upstream idempotency
// behaviours: paidWrites.test.ts.
describe('createPackage under a caller key', () => {
  it('repeating createPackage with the caller key returns the same package and provisions nothing new', async () => {
    const variables = NEW_PACKAGE('same-key-twice', 'order-4711');
    const first = await gateway.execute(CreatePackageDocument, variables);
    const second = await gateway.execute(CreatePackageDocument, variables);
    expect(first.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect((await packagesWithExternalId('same-key-twice')).map((p) => p.id)).toEqual([
      first.data!.createPackage.package.id,
    ]);
    // The repeat is answered from the gateway's own record (shared by replicas
    // on Redis): Wix is not asked again.
    expect(
      (await log()).filter((c) => c.route === 'createPackage').map((c) => c.idempotencyKey),
    ).toEqual(['order-4711']);
  });

  it('does not retry a write refused with a 4xx', async () => {
    await gateway.setFaults([{ route: 'createPackage', kind: 'error', status: 409 }]);
    const response = await gateway.execute(CreatePackageDocument, NEW_PACKAGE('refused'));
    expect(response.errors?.[0]?.extensions?.code).toBe('FAILED_PRECONDITION');
    expect(routeCalls(await log(), 'createPackage')).toEqual(['POST /resellers/v2/packages 409']);
  });
});

const MOVE = {
  instanceId: INSTANCES.basicOnCustomerAShop,
  toSiteId: SITES.customerABlog,
  accountId: ACCOUNTS.customerA,
};
const MOVE_PATH = `/resellers/v1/packages/product-instances/${MOVE.instanceId}/${MOVE.toSiteId}`;
const RESTORE_PATH = `/resellers/v1/packages/product-instances/${MOVE.instanceId}/${SITES.customerAShop}`;
const GET_PACKAGE_PATH = `/resellers/v1/packages/${PACKAGES.customerABasic}`;

async function upstreamSiteOf(instanceId: string): Promise<string | undefined> {
  const body = (await gateway.upstream(
    'GET',
    `/resellers/v1/packages/${PACKAGES.customerABasic}`,
    ACCOUNTS.customerA,
  )) as { package: WirePackage };
  return body.package.productInstances.find((i) => i.instanceId === instanceId)?.siteId;
}

/**
 * A fault at every step of reassignInstance: the pre-check reads (Query
 * Packages, Query Sites), the move (before and after it is applied, and the
 * partial failure that strands the instance), the re-read after a failed
 * move, the restore.
 * `state` is where the instance must be afterwards; `outcome` what the
 * gateway says. Faults without `times` hit every attempt (retries included).
 */
const STEP_FAULTS: [
  string,
  FaultRule[],
  'MOVED' | 'UNCHANGED' | 'RESTORED' | 'FLOATING' | 'UNKNOWN',
][] = [
  [
    'pre-check read of the instance fails',
    [{ route: 'queryPackages', kind: 'error', status: 503 }],
    'UNCHANGED',
  ],
  [
    'pre-check read of the sites fails',
    [{ route: 'querySites', kind: 'error', status: 503 }],
    'UNCHANGED',
  ],
  [
    'pre-check read times out',
    [{ route: 'querySites', kind: 'latency', latencyMs: 300 }],
    'UNCHANGED',
  ],
  [
    'the move fails before it is applied',
    [{ route: 'assignInstance', kind: 'error', status: 503 }],
    'UNCHANGED',
  ],
  [
    'the move is dropped before it is applied, once',
    [{ route: 'assignInstance', kind: 'drop', times: 1 }],
    'MOVED',
  ],
  [
    'the move is applied but its answer is lost',
    [{ route: 'assignInstance', kind: 'drop', after: true }],
    'MOVED',
  ],
  [
    'the move is applied but every answer is a 500',
    [{ route: 'assignInstance', kind: 'error', status: 500, after: true }],
    'MOVED',
  ],
  [
    'the move strands the instance',
    [{ route: 'assignInstance', path: MOVE_PATH, kind: 'strand' }],
    'RESTORED',
  ],
  [
    'the move strands the instance and the restore fails',
    [
      { route: 'assignInstance', path: MOVE_PATH, kind: 'strand' },
      { route: 'assignInstance', path: RESTORE_PATH, kind: 'error', status: 503 },
    ],
    'FLOATING',
  ],
  [
    'the move strands the instance and the restore answer is lost',
    [
      { route: 'assignInstance', path: MOVE_PATH, kind: 'strand' },
      { route: 'assignInstance', path: RESTORE_PATH, kind: 'drop', after: true },
    ],
    'RESTORED',
  ],
  [
    'Get Package fails after a successful move (its answer is the verification: no re-read)',
    [{ route: 'getPackage', path: GET_PACKAGE_PATH, kind: 'error', status: 503 }],
    'MOVED',
  ],
  [
    'the move answer is lost and Get Package fails (the move is read back with Query Packages)',
    [
      { route: 'assignInstance', kind: 'error', status: 500, after: true },
      { route: 'getPackage', path: GET_PACKAGE_PATH, kind: 'error', status: 503 },
    ],
    'MOVED',
  ],
  [
    'the move times out, may still land, and the re-read fails',
    [
      { route: 'assignInstance', kind: 'latency', latencyMs: 300, times: 1 },
      { route: 'getPackage', path: GET_PACKAGE_PATH, kind: 'error', status: 503 },
    ],
    'UNKNOWN',
  ],
  [
    'the re-read after a stranded move fails once',
    [
      { route: 'assignInstance', path: MOVE_PATH, kind: 'strand' },
      { route: 'getPackage', path: GET_PACKAGE_PATH, kind: 'error', status: 503, times: 1 },
    ],
    'RESTORED',
  ],
];

describe('reassignInstance leaves the instance fully moved or fully restored, whatever step fails', () => {
  it.each(STEP_FAULTS)('when %s', async (_step, faults, outcome) => {
    await gateway.setFaults(faults);
    const response = await gateway.execute(ReassignInstanceWithKeyDocument, MOVE);
    await gateway.setFaults([]);
    const where = await upstreamSiteOf(MOVE.instanceId);
    const moves = routeCalls(await log(), 'assignInstance').filter((c) => c.includes(MOVE_PATH));
    if (outcome === 'MOVED') {
      expect(response.errors).toBeUndefined();
      expect(response.data?.reassignInstance.instance.site).toEqual({ id: MOVE.toSiteId });
      expect(where).toBe(MOVE.toSiteId);
    } else {
      expect(response.data).toBeNull();
      const extensions = response.errors?.[0]?.extensions;
      expect(['UPSTREAM_UNAVAILABLE', 'UPSTREAM_TIMEOUT']).toContain(extensions?.code);
      if (outcome === 'UNCHANGED' && moves.length === 0) {
        // A pre-check failed: nothing was written, and the error is the read's.
        expect(extensions?.instanceState).toBeUndefined();
      } else {
        expect(extensions?.instanceState).toBe(outcome);
      }
      // Whatever it says is where the instance really is.
      const expected = {
        UNCHANGED: SITES.customerAShop,
        RESTORED: SITES.customerAShop,
        FLOATING: undefined,
      };
      if (outcome !== 'UNKNOWN') expect(where).toBe(expected[outcome]);
      // UNKNOWN: the instance is on one of the two sites, never lost silently.
      else expect([SITES.customerAShop, MOVE.toSiteId]).toContain(where);
    }
    // However often the move was sent, it was under one key: at most one took effect.
    const keys = (await log())
      .filter((c) => c.path === MOVE_PATH && c.idempotencyKey)
      .map((c) => c.idempotencyKey);
    expect(new Set(keys).size).toBeLessThanOrEqual(1);
  });

  it('repeating a finished move with the same key returns the first result and writes nothing', async () => {
    const variables = { ...MOVE, idempotencyKey: 'move-shop-plan-to-blog' };
    const first = await gateway.execute(ReassignInstanceWithKeyDocument, variables);
    expect(first.errors).toBeUndefined();
    await gateway.clearUpstreamCalls();
    const second = await gateway.execute(ReassignInstanceWithKeyDocument, variables);
    expect(second).toEqual(first);
    expect(
      (await log()).filter(
        (c) => c.method !== 'GET' && c.route !== 'querySites' && c.route !== 'queryPackages',
      ),
    ).toEqual([]);
  });

  it('refuses the same key with other arguments', async () => {
    await gateway.execute(ReassignInstanceWithKeyDocument, { ...MOVE, idempotencyKey: 'k-1' });
    const response = await gateway.execute(ReassignInstanceWithKeyDocument, {
      ...MOVE,
      toSiteId: SITES.customerAShop,
      idempotencyKey: 'k-1',
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'FAILED_PRECONDITION',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await upstreamSiteOf(MOVE.instanceId)).toBe(MOVE.toSiteId);
  });
});

const TRANSFER = {
  siteId: SITES.bakeryDraft,
  toAccountId: ACCOUNTS.customerC,
};

async function ownerOf(siteId: string, account: string): Promise<string | undefined> {
  const body = (await gateway.upstream('POST', '/site-list/v2/sites/query', account, {
    query: { filter: { id: { $eq: siteId } } },
  })) as { sites: WireSite[] };
  return body.sites[0]?.ownerAccountId;
}

describe('transferSite, which Wix cannot deduplicate, is sent again only after re-reading the site', () => {
  it.each<[string, FaultRule[], number, boolean]>([
    [
      'a 503 before the transfer',
      [{ route: 'transferSite', kind: 'error', status: 503, times: 1 }],
      2,
      true,
    ],
    ['a drop before the transfer', [{ route: 'transferSite', kind: 'drop', times: 1 }], 2, true],
    [
      'a drop after the transfer',
      [{ route: 'transferSite', kind: 'drop', after: true, times: 1 }],
      1,
      true,
    ],
    [
      'a 500 after the transfer',
      [{ route: 'transferSite', kind: 'error', status: 500, after: true, times: 1 }],
      1,
      true,
    ],
    ['a 503 on every transfer', [{ route: 'transferSite', kind: 'error', status: 503 }], 2, false],
    [
      'a failing pre-check read',
      [{ route: 'queryPackages', kind: 'error', status: 503 }],
      0,
      false,
    ],
  ])('on %s', async (_case, faults, transfers, moved) => {
    await gateway.setFaults(faults);
    const response = await gateway.execute(TransferSiteDocument, { input: TRANSFER });
    await gateway.setFaults([]);
    expect(routeCalls(await log(), 'transferSite')).toHaveLength(transfers);
    if (moved) {
      expect(response.errors).toBeUndefined();
      expect(response.data?.transferSite.site.ownerAccountId).toBe(ACCOUNTS.customerC);
      expect(await ownerOf(TRANSFER.siteId, ACCOUNTS.customerC)).toBe(ACCOUNTS.customerC);
    } else {
      expect(response.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(await ownerOf(TRANSFER.siteId, ACCOUNTS.reseller)).toBe(ACCOUNTS.reseller);
    }
  });

  it('repeating a finished transfer with the same key returns the site without transferring again', async () => {
    const input = { ...TRANSFER, idempotencyKey: 'hand-over-bakery' };
    const first = await gateway.execute(TransferSiteDocument, { input });
    const second = await gateway.execute(TransferSiteDocument, { input });
    expect(first.errors).toBeUndefined();
    expect(second).toEqual(first);
    expect(routeCalls(await log(), 'transferSite')).toHaveLength(1);
  });
});

describe('partial data', () => {
  it('answers the sites when their paid services cannot be read, with errors at those paths', async () => {
    await gateway.setFaults([{ route: 'queryPackages', kind: 'error', status: 503 }]);
    const response = await gateway.execute(SitesWithInstancesDocument, {
      first: 2,
      accountId: ACCOUNTS.customerA,
    });
    const nodes = response.data?.sites.nodes ?? [];
    expect(nodes).toHaveLength(2);
    expect(nodes.every((n) => n.productInstances === null && n.transferable === null)).toBe(true);
    expect(response.errors?.map((e) => [e.path, e.extensions?.code])).toEqual(
      expect.arrayContaining([
        [['sites', 'nodes', 0, 'transferable'], 'UPSTREAM_UNAVAILABLE'],
        [['sites', 'nodes', 0, 'productInstances'], 'UPSTREAM_UNAVAILABLE'],
      ]),
    );
  });
});
