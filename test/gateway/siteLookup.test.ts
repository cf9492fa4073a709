import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SiteOwnerDocument, TransferSiteFromDocument } from '../generated/graphql.js';
import { ACCOUNTS, SITES, summarize, UNKNOWN_ID, useGateway } from '../harness.js';

const AGENCY = 'agency-lookup-token-0123456789abcdef';
const CUSTOMER_C = 'customer-c-lookup-token-0123456789ab';

const ACCOUNTS_FILE = join(mkdtempSync(join(tmpdir(), 'site-lookup-')), 'accounts.json');
writeFileSync(
  ACCOUNTS_FILE,
  JSON.stringify({
    accounts: [
      { id: ACCOUNTS.reseller, name: 'Demo Agency' },
      { id: ACCOUNTS.customerA, name: 'Green Thumb' },
      { id: ACCOUNTS.customerB, name: 'La Trattoria' },
      { id: ACCOUNTS.customerC, name: 'North Architects' },
    ],
  }),
);

const gateway = useGateway({
  env: {
    WIX_ACCOUNTS_FILE: ACCOUNTS_FILE,
    // Four accounts in the family: customer C is past the limit.
    SITE_LOOKUP_MAX_ACCOUNTS: '3',
    GATEWAY_TOKENS: JSON.stringify({
      [AGENCY]: { name: 'agency team', accounts: '*' },
      [CUSTOMER_C]: { name: 'customer C app', accounts: [ACCOUNTS.customerC] },
    }),
  },
});

const as = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
const QUERY_SITES = 'POST /site-list/v2/sites/query';

describe('site(id) without accountId', () => {
  it('finds a site after its transfer, asking every account of the family at once', async () => {
    const transfer = await gateway.execute(
      TransferSiteFromDocument,
      { input: { siteId: SITES.bakeryDraft, toAccountId: ACCOUNTS.customerA } },
      as(AGENCY),
    );
    expect(transfer).toEqual({
      status: 200,
      data: {
        transferSite: {
          previousOwnerAccountId: ACCOUNTS.reseller,
          site: { id: SITES.bakeryDraft, ownerAccountId: ACCOUNTS.customerA },
        },
      },
    });
    await gateway.clearUpstreamCalls();

    const response = await gateway.execute(
      SiteOwnerDocument,
      { id: SITES.bakeryDraft },
      as(AGENCY),
    );
    expect(response).toEqual({
      status: 200,
      data: {
        site: { id: SITES.bakeryDraft, ownerAccountId: ACCOUNTS.customerA, transferable: true },
      },
    });
    // One Query Sites per account, in parallel (arrival order varies), then
    // the site's packages under the account that holds it.
    const calls = summarize(await gateway.upstreamCalls());
    expect(calls.slice(0, 3).sort()).toEqual(
      [
        `${QUERY_SITES} ${ACCOUNTS.reseller}`,
        `${QUERY_SITES} ${ACCOUNTS.customerA}`,
        `${QUERY_SITES} ${ACCOUNTS.customerB}`,
      ].sort(),
    );
    expect(calls.slice(3)).toEqual([`POST /resellers/v1/packages/query ${ACCOUNTS.customerA}`]);
  });

  it('answers NOT_FOUND naming the accounts searched, the ones left out by the limit, and accountId', async () => {
    const response = await gateway.execute(
      SiteOwnerDocument,
      { id: SITES.customerCPortfolio },
      as(AGENCY),
    );
    expect(response.data).toEqual({ site: null });
    expect(response.errors).toEqual([
      {
        message: `Site "${SITES.customerCPortfolio}" was not found in accounts "${ACCOUNTS.reseller}", "${ACCOUNTS.customerA}", "${ACCOUNTS.customerB}" (1 more account the caller may act on was not searched: SITE_LOOKUP_MAX_ACCOUNTS); pass accountId to look in another account`,
        locations: [{ line: 2, column: 3 }],
        path: ['site'],
        extensions: {
          code: 'NOT_FOUND',
          searchedAccountIds: [ACCOUNTS.reseller, ACCOUNTS.customerA, ACCOUNTS.customerB],
          fieldViolations: [
            {
              field: 'id',
              reason: 'SITE_NOT_FOUND',
              description: 'is not a site of the accounts searched',
            },
          ],
        },
      },
    ]);
    const named = await gateway.execute(
      SiteOwnerDocument,
      { id: SITES.customerCPortfolio, accountId: ACCOUNTS.customerC },
      as(AGENCY),
    );
    expect(named.data?.site?.ownerAccountId).toBe(ACCOUNTS.customerC);
  });

  it('asks only its own account for a caller scoped to one', async () => {
    const response = await gateway.execute(SiteOwnerDocument, { id: UNKNOWN_ID }, as(CUSTOMER_C));
    expect(response.errors?.[0]).toMatchObject({
      message: `Site "${UNKNOWN_ID}" was not found in account "${ACCOUNTS.customerC}"; pass accountId to look in another account`,
      extensions: { code: 'NOT_FOUND', searchedAccountIds: [ACCOUNTS.customerC] },
    });
    expect(summarize(await gateway.upstreamCalls())).toEqual([
      `${QUERY_SITES} ${ACCOUNTS.customerC}`,
    ]);
  });

  it('reports an upstream failure instead of NOT_FOUND when an account could not be asked', async () => {
    await gateway.setFaults([{ route: 'querySites', kind: 'error', status: 500 }]);
    const response = await gateway.execute(SiteOwnerDocument, { id: UNKNOWN_ID }, as(AGENCY));
    expect(response.errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
  });
});
