import type { Site as WireSite } from '../../src/wix-api/types.js';
import {
  SiteDocument,
  SitesCountDocument,
  SitesDocument,
  SitesWithInstancesDocument,
} from '../generated/graphql.js';
import {
  ACCOUNTS,
  INSTANCES,
  PACKAGES,
  SITES,
  summarize,
  UNKNOWN_ID,
  useGateway,
} from '../harness.js';

const gateway = useGateway();

/** The site as the upstream holds it, read directly from the emulator. */
async function upstreamSites(account: string, filter: object = {}): Promise<WireSite[]> {
  const body = (await gateway.upstream('POST', '/site-list/v2/sites/query', account, {
    query: { filter, cursorPaging: { limit: 100 } },
  })) as { sites: WireSite[] };
  return body.sites;
}

describe('site(id)', () => {
  it('returns the upstream site field for field, with its paid services and transferability', async () => {
    const [wire] = await upstreamSites(ACCOUNTS.reseller, { id: SITES.agencyPortfolio });
    await gateway.clearUpstreamCalls();

    const response = await gateway.execute(SiteDocument, { id: SITES.agencyPortfolio });

    expect(response).toEqual({
      status: 200,
      data: {
        site: {
          id: wire.id,
          name: wire.name,
          displayName: wire.displayName,
          createdDate: wire.createdDate,
          updatedDate: wire.updatedDate,
          trashedDate: wire.trashedDate ?? null,
          published: wire.published,
          premium: wire.premium,
          viewUrl: wire.viewUrl,
          editUrl: wire.editUrl,
          thumbnail: wire.thumbnail ?? null,
          ownerAccountId: ACCOUNTS.reseller,
          contributorAccountIds: wire.contributorAccountIds ?? [],
          editorType: wire.editorType,
          blocked: wire.blocked,
          folderId: wire.folderId ?? null,
          namespace: wire.namespace,
          domainConnected: wire.domainConnected,
          htmlAppId: wire.htmlAppId ?? null,
          transferable: false,
          productInstances: [
            {
              id: INSTANCES.vipOnAgencyPortfolio,
              status: 'ENABLED',
              package: { id: PACKAGES.resellerVipAndMailbox },
            },
          ],
        },
      },
    });
    expect(summarize(await gateway.upstreamCalls())).toEqual([
      `POST /site-list/v2/sites/query ${ACCOUNTS.reseller}`,
      `POST /resellers/v1/packages/query ${ACCOUNTS.reseller}`,
    ]);
  });

  it('filters the paid services of a site by status', async () => {
    const response = await gateway.execute(SiteDocument, {
      id: SITES.customerAShop,
      accountId: ACCOUNTS.customerA,
      status: ['AWAITING_ACTION'],
    });
    expect(response.data?.site?.productInstances).toEqual([
      {
        id: INSTANCES.awaitingDomainOnCustomerAShop,
        status: 'AWAITING_ACTION',
        package: { id: PACKAGES.customerADomainAwaiting },
      },
    ]);
  });

  it('finds a site outside the default WIX namespace by its ID', async () => {
    const response = await gateway.execute(SiteDocument, { id: SITES.headlessShop });
    expect(response.errors).toBeUndefined();
    expect(response.data?.site).toMatchObject({ id: SITES.headlessShop, namespace: 'HEADLESS' });
  });

  it('answers NOT_FOUND naming the site, the accounts searched and accountId when the site is in an account the gateway does not know', async () => {
    const response = await gateway.execute(SiteDocument, { id: SITES.customerAShop });
    expect(response).toEqual({
      status: 200,
      data: { site: null },
      errors: [
        {
          message: `Site "${SITES.customerAShop}" was not found in account "${ACCOUNTS.reseller}"; pass accountId to look in another account`,
          locations: [{ line: 2, column: 3 }],
          path: ['site'],
          extensions: {
            code: 'NOT_FOUND',
            searchedAccountIds: [ACCOUNTS.reseller],
            fieldViolations: [
              {
                field: 'id',
                reason: 'SITE_NOT_FOUND',
                description: 'is not a site of the accounts searched',
              },
            ],
          },
        },
      ],
    });
  });

  it('answers NOT_FOUND naming the site and account when the site is not in the account named', async () => {
    const response = await gateway.execute(SiteDocument, {
      id: SITES.customerAShop,
      accountId: ACCOUNTS.customerB,
    });
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: `Site "${SITES.customerAShop}" was not found in account "${ACCOUNTS.customerB}"`,
        extensions: {
          code: 'NOT_FOUND',
          fieldViolations: [
            { field: 'id', reason: 'SITE_NOT_FOUND', description: 'is not a site of the account' },
          ],
        },
      }),
    ]);
  });

  it('answers NOT_FOUND for an unknown site ID', async () => {
    const response = await gateway.execute(SiteDocument, { id: UNKNOWN_ID });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('sites', () => {
  it('walks every page with endCursor and sees each site exactly once', async () => {
    const all = await upstreamSites(ACCOUNTS.reseller);
    await gateway.clearUpstreamCalls();

    const seen: string[] = [];
    let after: string | null | undefined;
    let pages = 0;
    for (;;) {
      const response = await gateway.execute(SitesDocument, { first: 4, after });
      expect(response.errors).toBeUndefined();
      const connection = response.data!.sites;
      expect(connection.nodes).toEqual(connection.edges.map((e) => ({ id: e.node.id })));
      seen.push(...connection.nodes.map((n) => n.id));
      pages++;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }

    expect(seen).toEqual(all.map((s) => s.id));
    expect(pages).toBe(Math.ceil(all.length / 4));
    // One upstream call per page: the gateway never over-fetches.
    expect((await gateway.upstreamCalls()).length).toBe(pages);
  });

  it('resumes after any edge cursor, not only after the end of a page', async () => {
    const firstPage = await gateway.execute(SitesDocument, { first: 6 });
    const edges = firstPage.data!.sites.edges;
    const resumed = await gateway.execute(SitesDocument, { first: 3, after: edges[2].cursor });
    expect(resumed.data!.sites.nodes).toEqual(edges.slice(3, 6).map((e) => ({ id: e.node.id })));
  });

  it('applies filter and sort upstream', async () => {
    const expected = (await upstreamSites(ACCOUNTS.reseller, { published: false }))
      .map((s) => ({ id: s.id, displayName: s.displayName }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName));

    const response = await gateway.execute(SitesDocument, {
      filter: { published: false },
      sort: [{ field: 'DISPLAY_NAME', order: 'ASC' }],
    });

    expect(response.data!.sites.edges.map((e) => e.node)).toEqual(expected);
    expect(response.data!.sites.pageInfo.hasNextPage).toBe(false);
  });

  it('searches names, display names and connected domains with the name filter, as Wix documents', async () => {
    const byDisplayName = await gateway.execute(SitesDocument, { filter: { name: 'smile' } });
    const byDomain = await gateway.execute(SitesDocument, { filter: { name: 'demoagency.com' } });
    expect([byDisplayName.data!.sites.nodes, byDomain.data!.sites.nodes]).toEqual([
      [{ id: SITES.dentalClinic }],
      [{ id: SITES.agencyPortfolio }],
    ]);
  });

  it('searches display names, names and connected domains with the search filter, as Wix documents searchPhrase', async () => {
    const search = async (text: string) =>
      (await gateway.execute(SitesDocument, { filter: { search: text } })).data!.sites.nodes;
    expect([
      await search('sweet crumbs'),
      await search('yoga-stu'),
      await search('latrattoria.it'),
    ]).toEqual([[{ id: SITES.bakeryDraft }], [{ id: SITES.yogaStudio }], []]);
    const customerB = await gateway.execute(SitesDocument, {
      accountId: ACCOUNTS.customerB,
      filter: { search: 'latrattoria.it' },
    });
    expect(customerB.data!.sites.nodes).toEqual([{ id: SITES.customerBRestaurant }]);
    const counted = await gateway.execute(SitesCountDocument, { filter: { search: 'sweet' } });
    expect(counted.data).toEqual({ sites: { totalCount: 1 } });
  });

  it('matches nameStartsWith on the slug in the URL, not on the display name', async () => {
    const startsWith = async (text: string) =>
      (await gateway.execute(SitesDocument, { filter: { nameStartsWith: text } })).data!.sites
        .nodes;
    expect(await startsWith('bakery')).toEqual([{ id: SITES.bakeryDraft }]);
    expect(await startsWith('Sweet')).toEqual([]);
  });

  it('tells the first page from later ones with hasPreviousPage and startCursor', async () => {
    const first = await gateway.execute(SitesDocument, { first: 2 });
    const second = await gateway.execute(SitesDocument, {
      first: 2,
      after: first.data!.sites.pageInfo.endCursor,
    });
    expect(first.data!.sites.pageInfo).toMatchObject({
      hasPreviousPage: false,
      startCursor: first.data!.sites.edges[0].cursor,
    });
    expect(second.data!.sites.pageInfo).toMatchObject({
      hasPreviousPage: true,
      startCursor: second.data!.sites.edges[0].cursor,
    });
  });

  it('lists SITELESS_BUSINESS sites by default, which Wix documents as shown in the site list', async () => {
    const response = await gateway.execute(SitesDocument, { first: 50 });
    const ids = response.data!.sites.nodes.map((n) => n.id);
    expect(ids).toContain(SITES.sitelessBusiness);
    expect(ids).not.toContain(SITES.headlessShop);
  });

  it('lists the sites of a customer sub-account named by accountId', async () => {
    const response = await gateway.execute(SitesDocument, { accountId: ACCOUNTS.customerA });
    expect(response.data!.sites.nodes.map((n) => n.id).sort()).toEqual(
      [SITES.customerAShop, SITES.customerABlog].sort(),
    );
  });

  it('counts matching sites with Count Sites, and gives null when filtering on premium', async () => {
    const published = await upstreamSites(ACCOUNTS.reseller, { published: true });
    const counted = await gateway.execute(SitesCountDocument, { filter: { published: true } });
    expect(counted.data).toEqual({ sites: { totalCount: published.length } });

    const premium = await gateway.execute(SitesCountDocument, { filter: { premium: true } });
    expect(premium.data).toEqual({ sites: { totalCount: null } });
  });
});

describe('upstream calls of a page of sites', () => {
  it('loads a page of sites with every site’s instances and transferability in two calls, at page sizes 5 and 50', async () => {
    const total = (await upstreamSites(ACCOUNTS.reseller)).length;
    for (const first of [5, 50]) {
      await gateway.clearUpstreamCalls();
      const response = await gateway.execute(SitesWithInstancesDocument, { first });
      expect(response.errors).toBeUndefined();
      expect(response.data!.sites.nodes).toHaveLength(Math.min(first, total));
      expect(summarize(await gateway.upstreamCalls())).toEqual([
        `POST /site-list/v2/sites/query ${ACCOUNTS.reseller}`,
        `POST /resellers/v1/packages/query ${ACCOUNTS.reseller}`,
      ]);
    }
  });
});
