import { PackageStatusChangedDocument } from '../generated/graphql.js';
import { CUSTOMER_A_TOKEN, GATEWAY_TOKENS, RESELLER_TOKEN } from '../callers.js';
import { ACCOUNTS, PACKAGES, useGateway, type Harness } from '../harness.js';
import { connectSubscriber, type Subscriber } from '../subscriber.js';
import { pollsOf } from './pollGaps.js';

/**
 * The limits a subscription runs under besides the per-connection one
 * (packageStatus.test.ts): per caller across connections, idle
 * connections, the longest a watch lasts, the poll interval's backoff, and
 * polls being ordinary upstream reads. `resellerPendingBasic` never settles
 * in the seed, so a watch on it runs until a limit ends it.
 */
function subscribers(gateway: Harness) {
  const open: Subscriber[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.dispose()));
  });
  return (token = RESELLER_TOKEN) => {
    const subscriber = connectSubscriber(gateway.gatewayUrl, { authorization: `Bearer ${token}` });
    open.push(subscriber);
    return subscriber;
  };
}

const watchPending = (subscriber: Subscriber) =>
  subscriber.subscribe(PackageStatusChangedDocument, { id: PACKAGES.resellerPendingBasic });

async function metricValue(gateway: Harness, series: string): Promise<number> {
  const text = await (await fetch(`${gateway.gatewayOrigin}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

describe('SUBSCRIPTIONS_PER_CALLER', () => {
  const gateway = useGateway({
    env: { GATEWAY_TOKENS, SUBSCRIPTIONS_PER_CALLER: '2', SUBSCRIPTIONS_PER_CONNECTION: '5' },
  });
  const connect = subscribers(gateway);

  it("refuses a caller's subscription past the limit on any of its connections with RATE_LIMITED, and nothing else", async () => {
    const [first, second] = [connect(), connect()];
    const kept = [watchPending(first), watchPending(second)];
    await Promise.all(kept.map((s) => s.received(1)));

    const refused = watchPending(second);
    expect(await refused.ended).toEqual({
      errors: [
        {
          message: 'At most 2 subscriptions per caller',
          extensions: { code: 'RATE_LIMITED', reason: 'SUBSCRIPTION_LIMIT' },
        },
      ],
    });
    // Another caller has its own allowance.
    const other = connect(CUSTOMER_A_TOKEN).subscribe(PackageStatusChangedDocument, {
      id: PACKAGES.customerABasic,
      accountId: ACCOUNTS.customerA,
    });
    expect(await other.ended).toEqual({});
    expect(other.results).toHaveLength(1);

    // A slot freed by the caller is taken again.
    kept[0].unsubscribe();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = watchPending(second);
    await again.received(1);
    expect(await metricValue(gateway, 'gateway_subscriptions_active')).toBe(2);
  });
});

describe('SUBSCRIPTION_IDLE_SECONDS and SUBSCRIPTION_MAX_SECONDS', () => {
  const gateway = useGateway({
    env: {
      GATEWAY_TOKENS,
      SUBSCRIPTION_IDLE_SECONDS: '1',
      SUBSCRIPTION_MAX_SECONDS: '2',
      SUBSCRIPTION_POLL_MS: '200',
    },
  });
  const connect = subscribers(gateway);

  it('closes a connection that holds no subscription with 1000, and not one that holds one', async () => {
    const idle = connect();
    const busy = connect();
    const watch = watchPending(busy);
    await watch.received(1);
    const started = Date.now();
    expect(await idle.closed).toEqual({ code: 1000, reason: 'Idle: no subscription for 1 s' });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(watch.results).toHaveLength(1);
    watch.unsubscribe();
  });

  it('completes a watch after SUBSCRIPTION_MAX_SECONDS, then lets the idle timer close its connection', async () => {
    const subscriber = connect();
    const started = Date.now();
    const watch = watchPending(subscriber);
    expect(await watch.ended).toEqual({});
    const lasted = Date.now() - started;
    expect(lasted).toBeGreaterThanOrEqual(1_900);
    expect(lasted).toBeLessThan(4_000);
    expect(watch.results.map((r) => r.data?.packageStatusChanged.id)).toEqual([
      PACKAGES.resellerPendingBasic,
    ]);
    expect((await subscriber.closed).code).toBe(1000);
  }, 10_000);
});

describe('subscription polls', () => {
  const POLL_MS = 100;
  const POLL_MAX_MS = 400;
  const gateway = useGateway({
    env: {
      GATEWAY_TOKENS,
      SUBSCRIPTION_POLL_MS: String(POLL_MS),
      SUBSCRIPTION_POLL_MAX_MS: String(POLL_MAX_MS),
      UPSTREAM_RETRIES: '2',
      RETRY_BASE_DELAY_MS: '1',
    },
  });
  const connect = subscribers(gateway);

  it('double the interval while nothing changes, up to SUBSCRIPTION_POLL_MAX_MS', async () => {
    const watch = watchPending(connect());
    await watch.received(1);
    await gateway.clearUpstreamCalls();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    watch.unsubscribe();

    const polls = pollsOf(await gateway.upstreamCalls(), PACKAGES.resellerPendingBasic);
    // Without backoff 2.5 s would hold about 25 reads; with it, about 7.
    expect(polls.count).toBeGreaterThanOrEqual(3);
    expect(polls.count).toBeLessThanOrEqual(9);
    expect(Math.max(...polls.gaps)).toBeGreaterThanOrEqual(POLL_MAX_MS * 0.9);
    expect(polls.shortest).toBeGreaterThanOrEqual(POLL_MS * 0.9);
  });

  it('are ordinary upstream reads: a failed one is retried, and the watch carries on', async () => {
    const watch = watchPending(connect());
    await watch.received(1);
    const failedBefore = await metricValue(
      gateway,
      'gateway_subscription_polls_total{outcome="failed"}',
    );
    await gateway.clearUpstreamCalls();
    await gateway.setFaults([{ route: 'getPackage', kind: 'error', status: 503, times: 1 }]);
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    const reads = (await gateway.upstreamCalls()).filter((c) => c.route === 'getPackage');
    // The 503 is retried at once, within the same poll.
    expect(reads[0].status).toBe(503);
    expect(reads[1].status).toBe(200);
    expect(Date.parse(reads[1].time) - Date.parse(reads[0].time)).toBeLessThan(POLL_MS);
    expect(reads.length).toBeGreaterThanOrEqual(3);

    // Every read failing: each poll counts as failed, and the subscriber stays subscribed.
    await gateway.setFaults([{ route: 'getPackage', kind: 'error', status: 503 }]);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await gateway.setFaults([]);
    expect(
      await metricValue(gateway, 'gateway_subscription_polls_total{outcome="failed"}'),
    ).toBeGreaterThan(failedBefore);
    expect(watch.results).toHaveLength(1);
    let ended = false;
    void watch.ended.then(() => (ended = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ended).toBe(false);
    watch.unsubscribe();
  }, 15_000);
});
