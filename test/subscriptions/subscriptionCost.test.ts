import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { CreatePackageDocument } from '../generated/graphql.js';
import { GATEWAY_TOKENS, RESELLER_TOKEN } from '../callers.js';
import { PACKAGES, PRODUCTS, SITES, useGateway, type Harness } from '../harness.js';
import { connectSubscriber, type Subscriber } from '../subscriber.js';
import { pollsOf } from './pollGaps.js';

const POLL_MS = 150;
const AUTH = { authorization: `Bearer ${RESELLER_TOKEN}` };

type Watched = { packageStatusChanged: { id: string } };
const watch = (selection: string) =>
  parse(
    `subscription($id: ID!) { packageStatusChanged(id: $id) { id ${selection} } }`,
  ) as TypedDocumentNode<Watched, { id: string }>;

/** The caller's own first read: one Query Packages. */
const STATUSES = watch('productInstances { id status }');
/** Adds the instances' sites: one Query Sites per event that has an instance on a site. */
const WITH_SITES = watch('productInstances { id status site { id } }');
/** Adds those sites' paid services: three calls estimated. */
const WITH_SITES_SERVICES = watch('productInstances { id site { id productInstances { id } } }');

/** One Query Sites. */
const ONE_CALL = `{ sites(first: 1) { nodes { id } } }`;

async function run(gateway: Harness, query: string) {
  return gateway.post(JSON.stringify({ query }), {
    'content-type': 'application/json',
    ...AUTH,
  }) as Promise<{ status: number; body: { errors?: { extensions: Record<string, unknown> }[] } }>;
}

function useSubscribers(gateway: Harness) {
  const subscribers: Subscriber[] = [];
  afterEach(async () => {
    await Promise.all(subscribers.splice(0).map((s) => s.dispose()));
  });
  return () => {
    const subscriber = connectSubscriber(gateway.gatewayUrl, AUTH);
    subscribers.push(subscriber);
    return subscriber;
  };
}

async function createPendingPackage(gateway: Harness, siteId?: string): Promise<string> {
  const response = await gateway.execute(
    CreatePackageDocument,
    {
      input: {
        products: [
          siteId
            ? {
                catalogProductId: PRODUCTS.businessVip,
                siteId,
                countryCode: 'US',
                billingInfo: { type: 'RECURRING', cycleDuration: { unit: 'YEAR', count: 1 } },
              }
            : { catalogProductId: PRODUCTS.logoOneTime, countryCode: 'US' },
        ],
      },
    },
    { headers: AUTH },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.createPackage.package.id;
}

describe('a subscription against MAX_UPSTREAM_CALLS', () => {
  const gateway = useGateway({ env: { GATEWAY_TOKENS, MAX_UPSTREAM_CALLS: '2' } });
  const connect = useSubscribers(gateway);

  it('is priced as its first event: refused with QUERY_TOO_COMPLEX over the limit before any upstream call, on that subscription only', async () => {
    await gateway.clearUpstreamCalls();
    const subscriber = connect();
    const tooMany = subscriber.subscribe(WITH_SITES_SERVICES, {
      id: PACKAGES.resellerVipAndMailbox,
    });
    expect(await tooMany.ended).toEqual({
      errors: [
        {
          message:
            'This operation would make an estimated 3 upstream calls, 1 over MAX_UPSTREAM_CALLS (2): ask for fewer aliases, smaller pages or fewer nested lists',
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'QUERY_TOO_COMPLEX',
            limit: 'MAX_UPSTREAM_CALLS',
            estimated: 3,
            maximum: 2,
          },
        },
      ],
    });
    expect(await gateway.upstreamCalls()).toEqual([]);

    // The same connection still serves one within the limit: the package read, its sites.
    const within = subscriber.subscribe(WITH_SITES, { id: PACKAGES.resellerVipAndMailbox });
    expect(await within.ended).toEqual({});
    expect(within.results).toHaveLength(1);
    expect(within.results[0].errors).toBeUndefined();
    expect(await gateway.upstreamCalls()).toHaveLength(2);
  });
});

/** A budget of 4 calls a minute, and packages pending for a few polls. */
const BUDGETED = {
  activationDelayMs: 1_500,
  env: {
    GATEWAY_TOKENS,
    UPSTREAM_CALLS_PER_MINUTE: '4',
    SUBSCRIPTION_POLL_MS: String(POLL_MS),
    SUBSCRIPTION_POLL_MAX_MS: String(POLL_MS),
  },
};

describe('a subscription against UPSTREAM_CALLS_PER_MINUTE', () => {
  const gateway = useGateway(BUDGETED);
  const connect = useSubscribers(gateway);

  it("is charged its first event's reads and each later event's own reads, never the shared polls, and refused once the budget is spent", async () => {
    // Create Package: 1 of 4.
    const id = await createPendingPackage(gateway, SITES.bakeryDraft);
    await gateway.clearUpstreamCalls();
    const subscriber = connect();
    const live = subscriber.subscribe(WITH_SITES, { id });
    expect(await live.ended).toEqual({});
    const statuses = live.results.map((r) =>
      (
        r.data?.packageStatusChanged as unknown as { productInstances: { status: string }[] }
      ).productInstances.map((i) => i.status),
    );
    expect(statuses).toEqual([['PENDING'], ['ENABLED']]);
    const calls = await gateway.upstreamCalls();
    // The gateway polled the package while it was pending (shared, not charged)…
    expect(pollsOf(calls, id).count).toBeGreaterThanOrEqual(2);
    // …and the subscriber's own reads were: its first read and the site of the
    // first event (2), the site again on the second event (1): 1 + 2 + 1 = 4 of 4.
    expect(calls.filter((c) => c.route === 'querySites')).toHaveLength(2);
    const refused = await run(gateway, ONE_CALL);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      reason: 'UPSTREAM_CALL_BUDGET',
    });

    await gateway.clearUpstreamCalls();
    const over = subscriber.subscribe(STATUSES, { id: PACKAGES.resellerVipAndMailbox });
    expect(await over.ended).toEqual({
      errors: [
        expect.objectContaining({
          extensions: expect.objectContaining({
            code: 'RATE_LIMITED',
            reason: 'UPSTREAM_CALL_BUDGET',
            estimatedUpstreamCalls: 1,
          }),
        }),
      ],
    });
    expect(await gateway.upstreamCalls()).toEqual([]);
  }, 20_000);
});

describe('the polls of many subscribers', () => {
  const gateway = useGateway(BUDGETED);
  const connect = useSubscribers(gateway);

  it('cost each subscriber only its first read: two watchers of a pending package leave one call of the budget', async () => {
    const id = await createPendingPackage(gateway);
    const subscriber = connect();
    const watchers = [0, 1].map(() => subscriber.subscribe(STATUSES, { id }));
    for (const watcher of watchers) expect(await watcher.ended).toEqual({});
    expect(pollsOf(await gateway.upstreamCalls(), id).count).toBeGreaterThanOrEqual(2);
    // Create Package and two first reads: 3 of 4, whatever the polls.
    expect((await run(gateway, ONE_CALL)).status).toBe(200);
    expect((await run(gateway, ONE_CALL)).status).toBe(429);
  }, 20_000);
});
