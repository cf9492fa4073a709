import type { Package as WirePackage } from '../../src/wix-api/types.js';
import {
  ReassignInstanceDocument,
  ReassignInstanceSelectingInstanceSiteDocument,
  ReassignInstanceSelectingInstanceStatusDocument,
} from '../generated/graphql.js';
import {
  ACCOUNTS,
  INSTANCES,
  PACKAGES,
  SITES,
  UNKNOWN_ID,
  summarize,
  useGateway,
} from '../harness.js';

const gateway = useGateway();

const MOVE = {
  instanceId: INSTANCES.basicOnCustomerAShop,
  toSiteId: SITES.customerABlog,
  accountId: ACCOUNTS.customerA,
};
const ASSIGN_PATH = `/resellers/v1/packages/product-instances/${MOVE.instanceId}/${MOVE.toSiteId}`;

/** Where the instance really is, read straight from the upstream. */
async function upstreamSiteOf(instanceId: string): Promise<string | undefined> {
  const body = (await gateway.upstream(
    'GET',
    `/resellers/v1/packages/${PACKAGES.customerABasic}`,
    ACCOUNTS.customerA,
  )) as { package: WirePackage };
  return body.package.productInstances.find((i) => i.instanceId === instanceId)?.siteId;
}

async function writes(): Promise<string[]> {
  return (await gateway.upstreamCalls())
    .filter((c) => c.method === 'PATCH' || c.method === 'DELETE')
    .map((c) => `${c.method} ${c.path} ${c.status}`);
}

const RESTORE_PATH = `/resellers/v1/packages/product-instances/${MOVE.instanceId}/${SITES.customerAShop}`;

/**
 * Wix documents that a failed re-assignment may leave the instance floating
 * (docs/wix-api.md "Assign Product Instance To Site"); the emulator's `strand` fault does exactly that, then answers
 * 500. Every attempt at the move strands (the gateway retries it with the same
 * idempotency key), so the gateway has to restore.
 */
async function moveThatLeavesItFloating(restoreFails: boolean) {
  await gateway.setFaults([
    { route: 'assignInstance', path: ASSIGN_PATH, kind: 'strand' },
    ...(restoreFails
      ? [{ route: 'assignInstance', path: RESTORE_PATH, kind: 'error' as const, status: 503 }]
      : []),
  ]);
  return gateway.execute(ReassignInstanceDocument, MOVE);
}

describe('reassignInstance validates before writing', () => {
  it.each([
    [
      'an unknown instance',
      { ...MOVE, instanceId: UNKNOWN_ID },
      'NOT_FOUND',
      `Product instance "${UNKNOWN_ID}" was not found in account "${ACCOUNTS.customerA}"`,
      {
        field: 'instanceId',
        reason: 'PRODUCT_INSTANCE_NOT_FOUND',
        description: 'is not a product instance of the account',
      },
    ],
    [
      'an unknown target site',
      { ...MOVE, toSiteId: UNKNOWN_ID },
      'NOT_FOUND',
      `Site "${UNKNOWN_ID}" was not found in account "${ACCOUNTS.customerA}"`,
      { field: 'toSiteId', reason: 'SITE_NOT_FOUND', description: 'is not a site of the account' },
    ],
    [
      'a site of another account',
      { ...MOVE, toSiteId: SITES.agencyPortfolio },
      'NOT_FOUND',
      `Site "${SITES.agencyPortfolio}" was not found in account "${ACCOUNTS.customerA}"`,
      { field: 'toSiteId', reason: 'SITE_NOT_FOUND', description: 'is not a site of the account' },
    ],
    [
      'a canceled instance',
      {
        ...MOVE,
        instanceId: INSTANCES.canceledBasicOnPhotoPortfolio,
        accountId: ACCOUNTS.reseller,
        toSiteId: SITES.yogaStudio,
      },
      'FAILED_PRECONDITION',
      `Product instance "${INSTANCES.canceledBasicOnPhotoPortfolio}" is CANCELED; only PENDING, ENABLED or AWAITING_ACTION instances can be moved`,
      // The instance's state, not an input: nothing for a form to place.
      undefined,
    ],
  ])(
    'refuses %s without any upstream write',
    async (_case, variables, code, message, violation) => {
      const response = await gateway.execute(ReassignInstanceDocument, variables);
      expect(response.errors).toEqual([
        {
          message,
          locations: [{ line: 2, column: 3 }],
          path: ['reassignInstance'],
          extensions: violation ? { code, fieldViolations: [violation] } : { code },
        },
      ]);
      expect(await writes()).toEqual([]);
    },
  );
});

describe('reassignInstance when the upstream fails', () => {
  it('reports UNCHANGED when every Assign attempt fails and the instance never left its site', async () => {
    await gateway.setFaults([{ route: 'assignInstance', kind: 'error', status: 503 }]);
    const response = await gateway.execute(ReassignInstanceDocument, MOVE);
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: `Moving product instance "${MOVE.instanceId}" to site "${MOVE.toSiteId}" failed; it is still on site "${SITES.customerAShop}": Could not assign product instance "${MOVE.instanceId}" to site "${MOVE.toSiteId}": Wix failed with HTTP 503; reading it back showed the change was not applied`,
        extensions: { code: 'UPSTREAM_UNAVAILABLE', instanceState: 'UNCHANGED' },
      }),
    ]);
    expect(await upstreamSiteOf(MOVE.instanceId)).toBe(SITES.customerAShop);
    // Three sends (the first and two resends, each after reading the instance
    // back on its site), all under one idempotency key.
    expect(await writes()).toEqual(Array(3).fill(`PATCH ${ASSIGN_PATH} 503`));
  });

  it('reports success when Assign applied the move but its response was lost', async () => {
    await gateway.setFaults([
      { route: 'assignInstance', kind: 'error', status: 500, after: true, times: 1 },
    ]);
    const response = await gateway.execute(ReassignInstanceDocument, MOVE);
    expect(response.errors).toBeUndefined();
    expect(response.data?.reassignInstance.instance.site).toEqual({ id: MOVE.toSiteId });
    expect(await upstreamSiteOf(MOVE.instanceId)).toBe(MOVE.toSiteId);
    // Reading the instance back on the target settled it: nothing was resent.
    expect(await writes()).toEqual([`PATCH ${ASSIGN_PATH} 500`]);
  });

  it('restores the original site when a failed Assign left the instance floating, and says so', async () => {
    const response = await moveThatLeavesItFloating(false);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: `Moving product instance "${MOVE.instanceId}" to site "${MOVE.toSiteId}" failed and left it floating (not assigned to any site); it was restored: it is on site "${SITES.customerAShop}" again: Could not assign product instance "${MOVE.instanceId}" to site "${MOVE.toSiteId}": Wix failed with HTTP 500; reading it back showed the change was not applied`,
        extensions: { code: 'UPSTREAM_UNAVAILABLE', instanceState: 'RESTORED' },
      }),
    ]);
    expect(await upstreamSiteOf(MOVE.instanceId)).toBe(SITES.customerAShop);
    expect(await writes()).toEqual([
      ...Array(3).fill(`PATCH ${ASSIGN_PATH} 500`),
      `PATCH ${RESTORE_PATH} 200`,
    ]);
  });

  it('says the instance is floating when restoring it fails too', async () => {
    const response = await moveThatLeavesItFloating(true);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: `Moving product instance "${MOVE.instanceId}" to site "${MOVE.toSiteId}" failed and restoring it failed: it is now floating (not assigned to any site): Could not assign product instance "${MOVE.instanceId}" to site "${MOVE.toSiteId}": Wix failed with HTTP 500; reading it back showed the change was not applied`,
        extensions: {
          code: 'UPSTREAM_UNAVAILABLE',
          instanceState: 'FLOATING',
          currentSiteId: null,
        },
      }),
    ]);
    expect(await upstreamSiteOf(MOVE.instanceId)).toBeUndefined();
  });
});

describe('reassignInstance reads only what the client selects', () => {
  const QUERY_PACKAGES = `POST /resellers/v1/packages/query ${ACCOUNTS.customerA}`;
  const QUERY_SITES = `POST /site-list/v2/sites/query ${ACCOUNTS.customerA}`;
  const ASSIGN = `PATCH ${ASSIGN_PATH} ${ACCOUNTS.customerA}`;

  it('makes three calls when only the instance is selected: the checks, then Assign, whose answer is the verification', async () => {
    await gateway.clearUpstreamCalls();
    const response = await gateway.execute(ReassignInstanceSelectingInstanceStatusDocument, MOVE);
    expect(response).toEqual({
      status: 200,
      data: { reassignInstance: { instance: { id: MOVE.instanceId, status: 'ENABLED' } } },
    });
    // The instance, both sites in one Query Sites, the move; no re-read.
    expect(summarize(await gateway.upstreamCalls())).toEqual([QUERY_PACKAGES, QUERY_SITES, ASSIGN]);
  });

  it("reads the instance's site after the move, fresh, with one more Query Sites", async () => {
    await gateway.clearUpstreamCalls();
    const response = await gateway.execute(ReassignInstanceSelectingInstanceSiteDocument, MOVE);
    expect(response).toEqual({
      status: 200,
      data: {
        reassignInstance: { instance: { id: MOVE.instanceId, site: { id: MOVE.toSiteId } } },
      },
    });
    // The last call exists because the move cleared the sites read before it.
    expect(summarize(await gateway.upstreamCalls())).toEqual([
      QUERY_PACKAGES,
      QUERY_SITES,
      ASSIGN,
      QUERY_SITES,
    ]);
  });
});
