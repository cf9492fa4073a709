import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config.js';
import {
  CreatePackageDocument,
  ReassignInstanceDocument,
  SiteDocument,
  SitesDocument,
  TransferSiteDocument,
  ViewerDocument,
} from '../generated/graphql.js';
import { ACCOUNTS, INSTANCES, PRODUCTS, SITES, summarize, useGateway } from '../harness.js';

const AGENCY = 'agency-dashboard-token-0123456789abcd';
const CUSTOMER_A = 'customer-a-only-token-0123456789abcd';
const CUSTOMER_C = 'customer-c-only-token-0123456789abcd';
const CUSTOMERS_AB = 'customers-a-and-b-token-0123456789ab';
/** A GUID in no configuration: its name is unknown. */
const UNNAMED = 'acc00000-0000-4000-8000-0000000000aa';

const dir = mkdtempSync(join(tmpdir(), 'viewer-test-'));
const ACCOUNTS_FILE = join(dir, 'accounts.json');
writeFileSync(
  ACCOUNTS_FILE,
  JSON.stringify({
    accounts: [
      { id: ACCOUNTS.reseller, name: 'Demo Agency' },
      { id: ACCOUNTS.customerA.toUpperCase(), name: 'Green Thumb' },
      { id: ACCOUNTS.customerB, name: 'La Trattoria' },
      { id: ACCOUNTS.customerC, name: 'North Architects' },
    ],
  }),
);

const gateway = useGateway({
  env: {
    WIX_ACCOUNTS_FILE: ACCOUNTS_FILE,
    GATEWAY_TOKENS: JSON.stringify({
      [AGENCY]: { name: 'agency team', accounts: '*' },
      [CUSTOMER_A]: {
        name: 'customer A app',
        accounts: [ACCOUNTS.customerA],
        accountNames: { [ACCOUNTS.customerA.toUpperCase()]: 'My shop' },
      },
      [CUSTOMER_C]: { name: 'customer C app', accounts: [ACCOUNTS.customerC] },
      [CUSTOMERS_AB]: { name: 'two customers', accounts: [ACCOUNTS.customerB, UNNAMED] },
    }),
  },
});

const as = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

describe('viewer', () => {
  it('lists the configured family with names for an all-accounts caller, the reseller account first and default, without calling Wix', async () => {
    const response = await gateway.execute(ViewerDocument, {}, as(AGENCY));
    expect(response).toEqual({
      status: 200,
      data: {
        viewer: {
          name: 'agency team',
          defaultAccountId: ACCOUNTS.reseller,
          accounts: [
            { id: ACCOUNTS.reseller, name: 'Demo Agency', isDefault: true },
            { id: ACCOUNTS.customerA, name: 'Green Thumb', isDefault: false },
            { id: ACCOUNTS.customerB, name: 'La Trattoria', isDefault: false },
            { id: ACCOUNTS.customerC, name: 'North Architects', isDefault: false },
          ],
        },
      },
    });
    expect(await gateway.upstreamCalls()).toEqual([]);
  });

  it("makes a one-account token's account its default, named by the token's own label", async () => {
    const response = await gateway.execute(ViewerDocument, {}, as(CUSTOMER_A));
    expect(response.data?.viewer).toEqual({
      name: 'customer A app',
      defaultAccountId: ACCOUNTS.customerA,
      accounts: [{ id: ACCOUNTS.customerA, name: 'My shop', isDefault: true }],
    });
  });

  it('has no default for a caller with several accounts but not the reseller one, and null for a name nobody configured', async () => {
    const response = await gateway.execute(ViewerDocument, {}, as(CUSTOMERS_AB));
    expect(response.data?.viewer).toEqual({
      name: 'two customers',
      defaultAccountId: null,
      accounts: [
        { id: ACCOUNTS.customerB, name: 'La Trattoria', isDefault: false },
        { id: UNNAMED, name: null, isDefault: false },
      ],
    });
    const sites = await gateway.execute(SitesDocument, {}, as(CUSTOMERS_AB));
    expect(sites.errors?.[0]).toMatchObject({
      message: 'This caller may not act on the default account; name an accountId it may act on',
      extensions: { code: 'FORBIDDEN' },
    });
  });
});

describe('a token scoped to one account acts on it when accountId is omitted', () => {
  it('runs flow 1 on the customer side: the transferred site, then a package on it, naming no account', async () => {
    const transfer = await gateway.execute(
      TransferSiteDocument,
      { input: { siteId: SITES.bakeryDraft, toAccountId: ACCOUNTS.customerC } },
      as(AGENCY),
    );
    expect(transfer.errors).toBeUndefined();
    await gateway.clearUpstreamCalls();

    const site = await gateway.execute(SiteDocument, { id: SITES.bakeryDraft }, as(CUSTOMER_C));
    expect(site.errors).toBeUndefined();
    expect(site.data?.site).toMatchObject({
      id: SITES.bakeryDraft,
      ownerAccountId: ACCOUNTS.customerC,
      transferable: true,
    });
    const created = await gateway.execute(
      CreatePackageDocument,
      {
        input: {
          externalId: 'one-account-flow-1',
          products: [
            {
              catalogProductId: PRODUCTS.businessVip,
              siteId: SITES.bakeryDraft,
              countryCode: 'US',
              billingInfo: { type: 'RECURRING', cycleDuration: { unit: 'YEAR', count: 1 } },
            },
          ],
        },
      },
      as(CUSTOMER_C),
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createPackage.package).toMatchObject({
      accountId: ACCOUNTS.customerC,
      productInstances: [{ site: { id: SITES.bakeryDraft } }],
    });
    const accounts = new Set(summarize(await gateway.upstreamCalls()).map((c) => c.split(' ')[2]));
    expect([...accounts]).toEqual([ACCOUNTS.customerC]);
  });

  it('runs flow 2: moves a paid service between its sites, naming no account', async () => {
    await gateway.clearUpstreamCalls();
    const response = await gateway.execute(
      ReassignInstanceDocument,
      { instanceId: INSTANCES.basicOnCustomerAShop, toSiteId: SITES.customerABlog },
      as(CUSTOMER_A),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.reassignInstance.toSite).toEqual({
      id: SITES.customerABlog,
      premium: true,
    });
    // The same calls as with accountId named (flows.test.ts), all under customer A.
    expect(summarize(await gateway.upstreamCalls())).toEqual([
      `POST /resellers/v1/packages/query ${ACCOUNTS.customerA}`,
      `POST /site-list/v2/sites/query ${ACCOUNTS.customerA}`,
      `PATCH /resellers/v1/packages/product-instances/${INSTANCES.basicOnCustomerAShop}/${SITES.customerABlog} ${ACCOUNTS.customerA}`,
      `POST /site-list/v2/sites/query ${ACCOUNTS.customerA}`,
    ]);
  });
});

describe('account names in configuration', () => {
  function accountsFile(content: string): string {
    const path = join(dir, `accounts-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(path, content);
    return path;
  }

  it.each([
    [
      'an entry without a GUID',
      JSON.stringify({
        accounts: [
          { id: ACCOUNTS.reseller, name: 'A' },
          { id: 'x', name: 'B' },
        ],
      }),
      /^WIX_ACCOUNTS_FILE \(".*"\): accounts\[1\]\.id \(entry "x"\): must be an account GUID$/,
    ],
    [
      'an account listed twice',
      JSON.stringify({
        accounts: [
          { id: ACCOUNTS.customerA, name: 'A' },
          { id: ACCOUNTS.customerA.toUpperCase(), name: 'B' },
        ],
      }),
      /accounts\[1\]\.id \(entry "ACC00000-.*"\): lists the same account twice$/,
    ],
    [
      'an empty name',
      JSON.stringify({ accounts: [{ id: ACCOUNTS.customerA, name: ' ' }] }),
      /accounts\[0\]\.name .*non-empty name/,
    ],
    ['text that is not JSON', '{ accounts: ', /is not JSON/],
  ])('refuses %s at start-up, naming the entry', (_, content, message) => {
    const load = () => loadConfig({ WIX_ACCOUNTS_FILE: accountsFile(content) });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(message);
  });

  it('refuses a token that names an account outside its scope', () => {
    expect(() =>
      loadConfig({
        GATEWAY_TOKENS: JSON.stringify({
          [CUSTOMER_A]: {
            name: 'a',
            accounts: [ACCOUNTS.customerA],
            accountNames: { [ACCOUNTS.customerB]: 'B' },
          },
        }),
      }),
    ).toThrow(
      `GATEWAY_TOKENS entry 1 ("a"): "accountNames" names account "${ACCOUNTS.customerB}", which is not in "accounts"`,
    );
  });
});
