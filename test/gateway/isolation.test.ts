import { ACCOUNTS, INSTANCES, PACKAGES, SITES, useGateway } from '../harness.js';
import { CUSTOMER_A_TOKEN, CUSTOMER_B_TOKEN, GATEWAY_TOKENS } from '../callers.js';

const gateway = useGateway({ env: { GATEWAY_TOKENS } });

const A = ACCOUNTS.customerA;
const B = ACCOUNTS.customerB;
/** Everything of customer A's in the seed, then everything of B's: the data that must not cross. */
const OWN = {
  [A]: [
    A,
    SITES.customerAShop,
    SITES.customerABlog,
    PACKAGES.customerABasic,
    PACKAGES.customerADomainAwaiting,
    INSTANCES.basicOnCustomerAShop,
    INSTANCES.awaitingDomainOnCustomerAShop,
  ],
  [B]: [
    B,
    SITES.customerBRestaurant,
    SITES.customerBEvents,
    SITES.customerBDraft,
    PACKAGES.customerBUnlimited,
    INSTANCES.unlimitedOnCustomerBRestaurant,
    INSTANCES.mailboxOnCustomerBRestaurant,
  ],
};

const QUERIES = [
  `query($a: ID) { packages(accountId: $a, first: 20) { nodes { id accountId productInstances { id site { id productInstances { id } } } } } }`,
  `query($a: ID) { sites(accountId: $a, first: 20) { nodes { id ownerAccountId transferable productInstances { id package { id accountId } } } } }`,
  // Another account's IDs through the caller's own account: must come back empty-handed.
  `query($a: ID, $other: ID!) { package(id: $other, accountId: $a) { id } }`,
  `query($a: ID, $otherInstance: ID!) { productInstance(id: $otherInstance, accountId: $a) { id } }`,
];

describe('tenant isolation', () => {
  it('serves two differently scoped callers, 200 interleaved concurrent requests, without any data crossing', async () => {
    const callers = [
      {
        token: CUSTOMER_A_TOKEN,
        account: A,
        other: B,
        otherPackage: PACKAGES.customerBUnlimited,
        otherInstance: INSTANCES.unlimitedOnCustomerBRestaurant,
      },
      {
        token: CUSTOMER_B_TOKEN,
        account: B,
        other: A,
        otherPackage: PACKAGES.customerABasic,
        otherInstance: INSTANCES.basicOnCustomerAShop,
      },
    ];
    const requests = Array.from({ length: 200 }, (_, i) => {
      const caller = callers[i % 2];
      const query = QUERIES[Math.floor(i / 2) % QUERIES.length];
      return gateway
        .post(
          JSON.stringify({
            query,
            variables: {
              a: caller.account,
              other: caller.otherPackage,
              otherInstance: caller.otherInstance,
            },
          }),
          { 'content-type': 'application/json', authorization: `Bearer ${caller.token}` },
        )
        .then((response) => ({ caller, response }));
    });
    const results = await Promise.all(requests);
    let ownDataSeen = 0;
    for (const { caller, response } of results) {
      expect(response.status).toBe(200);
      // Data only: a NOT_FOUND message repeats the ID the caller asked for.
      const text = JSON.stringify((response.body as { data?: unknown }).data);
      for (const foreign of OWN[caller.other]) expect(text).not.toContain(foreign);
      if (OWN[caller.account].some((id) => id !== caller.account && text.includes(id)))
        ownDataSeen++;
      for (const error of (response.body as { errors?: { extensions: { code: string } }[] })
        .errors ?? []) {
        expect(error.extensions.code).toBe('NOT_FOUND');
      }
    }
    // Half the queries are lists of the caller's own data: they did return it.
    expect(ownDataSeen).toBe(100);
  });
});
