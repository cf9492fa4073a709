import { print } from 'graphql';
import { CreatePackageDocument, PackageStatusChangedDocument } from '../generated/graphql.js';
import { CUSTOMER_A_TOKEN, GATEWAY_TOKENS, RESELLER_TOKEN } from '../callers.js';
import { ACCOUNTS, PACKAGES, PRODUCTS, UNKNOWN_ID, useGateway } from '../harness.js';
import { connectSubscriber, rawSocket, type Subscriber } from '../subscriber.js';
import { pollsOf } from './pollGaps.js';

const POLL_MS = 200;
const PER_CONNECTION = 2;

/**
 * `packageStatusChanged` over graphql-ws on the gateway's own port and path:
 * what a subscriber sees, what it costs upstream, and how bad input is
 * answered without disturbing anything else.
 */
describe('packageStatusChanged over WebSocket', () => {
  const gateway = useGateway({
    // Long enough for several polls before the new package's instances settle.
    activationDelayMs: 4_000,
    env: {
      GATEWAY_TOKENS,
      SUBSCRIPTION_POLL_MS: String(POLL_MS),
      // No backoff while unchanged: every gap is then one interval plus the read.
      SUBSCRIPTION_POLL_MAX_MS: String(POLL_MS),
      SUBSCRIPTIONS_PER_CONNECTION: String(PER_CONNECTION),
    },
  });
  const subscribers: Subscriber[] = [];
  const connect = (token = RESELLER_TOKEN) => {
    const subscriber = connectSubscriber(gateway.gatewayUrl, {
      authorization: `Bearer ${token}`,
    });
    subscribers.push(subscriber);
    return subscriber;
  };
  afterEach(async () => {
    await Promise.all(subscribers.splice(0).map((s) => s.dispose()));
  });

  async function createPackage(): Promise<string> {
    const response = await gateway.execute(
      CreatePackageDocument,
      {
        input: { products: [{ catalogProductId: PRODUCTS.logoOneTime, countryCode: 'US' }] },
      },
      { headers: { authorization: `Bearer ${RESELLER_TOKEN}` } },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.createPackage.package.id;
  }

  it('sends the new package at once, ENABLED when it settles, then completes; two subscribers cost one read per interval', async () => {
    const id = await createPackage();
    const [first, second] = [connect(), connect()].map((s) =>
      s.subscribe(PackageStatusChangedDocument, { id }),
    );

    const [firstEnd, secondEnd] = await Promise.all([first.ended, second.ended]);
    expect(firstEnd).toEqual({});
    expect(secondEnd).toEqual({});
    for (const subscription of [first, second]) {
      const statuses = subscription.results.map((r) =>
        r.data?.packageStatusChanged.productInstances.map((i) => i.status),
      );
      expect(statuses).toEqual([['PENDING'], ['ENABLED']]);
      expect(subscription.results[1].data!.packageStatusChanged).toEqual({
        id,
        accountId: ACCOUNTS.reseller,
        productInstances: [{ id: expect.any(String), status: 'ENABLED', site: null }],
      });
    }
    const polls = pollsOf(await gateway.upstreamCalls(), id);
    // About 4 s of PENDING at one read per 200 ms; a loaded machine reads less often, never more.
    expect(polls.count).toBeGreaterThanOrEqual(3);
    expect(polls.shortest).toBeGreaterThanOrEqual(POLL_MS * 0.9);
  }, 20_000);

  it('answers an unknown package with NOT_FOUND on that subscription and keeps the connection serving others', async () => {
    const subscriber = connect();
    const unknown = subscriber.subscribe(PackageStatusChangedDocument, { id: UNKNOWN_ID });
    const seeded = subscriber.subscribe(PackageStatusChangedDocument, {
      id: PACKAGES.resellerVipAndMailbox,
    });

    await unknown.ended;
    expect(unknown.results).toEqual([
      {
        errors: [
          expect.objectContaining({
            message: `Package "${UNKNOWN_ID}" was not found in account "${ACCOUNTS.reseller}"`,
            extensions: {
              code: 'NOT_FOUND',
              fieldViolations: [
                {
                  field: 'id',
                  reason: 'PACKAGE_NOT_FOUND',
                  description: 'is not a package of the account family',
                },
              ],
            },
          }),
        ],
      },
    ]);
    // A settled package: sent once, then completed.
    expect(await seeded.ended).toEqual({});
    expect(seeded.results).toHaveLength(1);
  });

  it('refuses an account outside the caller scope with FORBIDDEN before any upstream call, and keeps the connection', async () => {
    await gateway.clearUpstreamCalls();
    const subscriber = connect(CUSTOMER_A_TOKEN);
    const foreign = subscriber.subscribe(PackageStatusChangedDocument, {
      id: PACKAGES.resellerVipAndMailbox,
      accountId: ACCOUNTS.reseller,
    });
    await foreign.ended;
    expect(foreign.results[0].errors).toEqual([
      expect.objectContaining({
        message: `This caller may not act on account "${ACCOUNTS.reseller}"`,
        extensions: { code: 'FORBIDDEN', accountId: ACCOUNTS.reseller },
      }),
    ]);
    expect(await gateway.upstreamCalls()).toEqual([]);

    const own = subscriber.subscribe(PackageStatusChangedDocument, {
      id: PACKAGES.customerABasic,
      accountId: ACCOUNTS.customerA,
    });
    expect(await own.ended).toEqual({});
    expect(own.results.map((r) => r.data?.packageStatusChanged.id)).toEqual([
      PACKAGES.customerABasic,
    ]);
  });

  it('answers a bad GUID, a query and an unknown field with BAD_USER_INPUT on that subscription only', async () => {
    const subscriber = connect();
    const badId = subscriber.subscribe(PackageStatusChangedDocument, { id: 'not-a-guid' });
    expect((await badId.ended, badId.results[0].errors)).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
    const errorsOf = (query: string) =>
      new Promise((resolve) =>
        subscriber.client.subscribe(
          { query },
          { next: resolve, error: resolve, complete: () => undefined },
        ),
      );
    expect(await errorsOf('{ sites { totalCount } }')).toEqual([
      expect.objectContaining({
        message: 'Send query operations over HTTP POST; the WebSocket carries subscriptions only',
        extensions: { code: 'BAD_USER_INPUT', reason: 'OPERATION_NOT_SUPPORTED' },
      }),
    ]);
    expect(await errorsOf('subscription { nope }')).toEqual([
      expect.objectContaining({
        extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
    expect(await errorsOf('subscription {')).toEqual([
      expect.objectContaining({
        extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' },
      }),
    ]);
    const still = subscriber.subscribe(PackageStatusChangedDocument, {
      id: PACKAGES.resellerVipAndMailbox,
    });
    expect(await still.ended).toEqual({});
    expect(still.results[0].data?.packageStatusChanged.id).toBe(PACKAGES.resellerVipAndMailbox);
  });

  it('refuses a subscription past the per-connection limit with RATE_LIMITED and keeps the others running', async () => {
    const subscriber = connect();
    const id = await createPackage();
    const kept = Array.from({ length: PER_CONNECTION }, () =>
      subscriber.subscribe(PackageStatusChangedDocument, { id }),
    );
    await Promise.all(kept.map((s) => s.received(1)));
    const refused = subscriber.subscribe(PackageStatusChangedDocument, { id });
    expect(await refused.ended).toEqual({
      errors: [
        {
          message: `At most ${PER_CONNECTION} subscriptions per connection`,
          extensions: { code: 'RATE_LIMITED', reason: 'SUBSCRIPTION_LIMIT' },
        },
      ],
    });

    const metrics = await (await fetch(`${gateway.gatewayOrigin}/metrics`)).text();
    expect(metrics).toMatch(/^gateway_subscriptions_active 2$/m);
    expect(metrics).toMatch(/^gateway_subscription_polls_total\{outcome="unchanged"\} \d+$/m);
    // The refusal ended nothing else: both kept subscriptions see the package settle.
    for (const subscription of kept) {
      expect(await subscription.ended).toEqual({});
      expect(subscription.results.at(-1)?.data?.packageStatusChanged.productInstances).toEqual([
        expect.objectContaining({ status: 'ENABLED' }),
      ]);
    }
  }, 20_000);

  it('closes a connection whose connection_init is malformed or unauthenticated with a coded close, and no other', async () => {
    const bystander = connect();
    const watching = bystander.subscribe(PackageStatusChangedDocument, {
      id: PACKAGES.resellerPendingBasic,
    });
    await watching.received(1);

    const notAnObject = rawSocket(gateway.gatewayUrl);
    await notAnObject.opened;
    notAnObject.socket.send(JSON.stringify({ type: 'connection_init', payload: 'token' }));
    expect(await notAnObject.closed).toEqual({ code: 4400, reason: 'Invalid message received' });

    const numericToken = rawSocket(gateway.gatewayUrl);
    await numericToken.opened;
    numericToken.socket.send(
      JSON.stringify({ type: 'connection_init', payload: { authorization: 42 } }),
    );
    expect(await numericToken.closed).toEqual({
      code: 4400,
      reason: 'BAD_USER_INPUT: connection_init payload.authorization must be a string',
    });

    const badToken = connectSubscriber(gateway.gatewayUrl, { authorization: 'Bearer nope' });
    expect(await badToken.closed).toEqual({ code: 4403, reason: 'UNAUTHENTICATED: Invalid token' });
    await badToken.dispose();

    expect(watching.results).toHaveLength(1);
    const again = bystander.subscribe(PackageStatusChangedDocument, {
      id: PACKAGES.resellerVipAndMailbox,
    });
    expect(await again.ended).toEqual({});
  });

  it('takes the token from the upgrade request header too', async () => {
    const socket = rawSocket(gateway.gatewayUrl, { authorization: `Bearer ${RESELLER_TOKEN}` });
    await socket.opened;
    socket.socket.send(JSON.stringify({ type: 'connection_init' }));
    await socket.received('connection_ack');
    socket.socket.send(
      JSON.stringify({
        id: '1',
        type: 'subscribe',
        payload: {
          query: print(PackageStatusChangedDocument),
          variables: { id: PACKAGES.resellerVipAndMailbox },
        },
      }),
    );
    await socket.received('complete');
    expect(socket.messages.map((m) => m.type)).toEqual(['connection_ack', 'next', 'complete']);
    socket.socket.close();
  });

  it('refuses a subscription sent over HTTP POST, naming the WebSocket', async () => {
    const response = await gateway.post(
      JSON.stringify({ query: print(PackageStatusChangedDocument), variables: { id: UNKNOWN_ID } }),
      { 'content-type': 'application/json', authorization: `Bearer ${RESELLER_TOKEN}` },
    );
    expect(response).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message:
              'Subscriptions run over WebSocket (graphql-ws protocol) at this same URL; HTTP carries queries and mutations',
            extensions: { code: 'BAD_USER_INPUT', reason: 'OPERATION_NOT_SUPPORTED' },
          },
        ],
      },
    });
  });

  it('refuses the upgrade from a browser page of a disallowed origin', async () => {
    const socket = rawSocket(gateway.gatewayUrl, { origin: 'https://evil.example' });
    await expect(socket.opened).rejects.toThrow(/403/);
  });

  it('refuses the upgrade under a Host name not in ALLOWED_HOSTS (a DNS-rebinding page)', async () => {
    const socket = rawSocket(gateway.gatewayUrl, { host: 'rebound.example:4000' });
    await expect(socket.opened).rejects.toThrow(/403/);
    const port = new URL(gateway.gatewayOrigin).port;
    const loopback = rawSocket(gateway.gatewayUrl, { host: `localhost:${port}` });
    await loopback.opened;
    loopback.socket.close();
  });

  it('closes open subscriptions with 1001 on shutdown', async () => {
    const subscriber = connect();
    const open = subscriber.subscribe(PackageStatusChangedDocument, {
      id: PACKAGES.resellerPendingBasic,
    });
    await open.received(1);
    await gateway.stopGateway();
    expect((await subscriber.closed).code).toBe(1001);
  });
});
