import 'reflect-metadata';
import { loadConfig, withUpstream } from '../../src/config.js';
import { DEFAULT_API_KEY } from '../../src/emulator/index.js';
import { startGateway, type RunningGateway } from '../../src/server.js';
import { CreatePackageDocument, PackageStatusChangedDocument } from '../generated/graphql.js';
import { ACCOUNTS, PRODUCTS, useGateway } from '../harness.js';
import { redisServerAvailable, useRedisServer } from '../redisServer.js';
import { connectSubscriber, type Subscriber } from '../subscriber.js';
import { pollsOf } from '../subscriptions/pollGaps.js';

const POLL_MS = 250;
const available = redisServerAvailable('subscriptions on two gateway replicas sharing one Redis');

/**
 * Two gateways sharing one Redis and one upstream, each with its own
 * subscribers: the package they all watch is read once per interval in
 * all, not once per replica. They run in this process (each has its own
 * Redis connections, watches and poll loop, as separate processes would),
 * which keeps start-up cheap on a loaded machine. The assertion is on the
 * gaps between reads in the emulator's log, which a busy machine only
 * widens, not on a count per time window.
 */
(available ? describe : describe.skip)('packageStatusChanged on two replicas sharing Redis', () => {
  const harness = useGateway({ activationDelayMs: 5_000 }); // its emulator and request log
  const redis = useRedisServer();
  let replicas: RunningGateway[] = [];
  const subscribers: Subscriber[] = [];

  beforeAll(async () => {
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: 'subscription-replicas:',
      SUBSCRIPTION_POLL_MS: String(POLL_MS),
      SUBSCRIPTION_POLL_MAX_MS: String(POLL_MS),
    });
    const resolved = withUpstream(config, {
      baseUrl: harness.emulatorUrl,
      apiKey: DEFAULT_API_KEY,
      accountId: ACCOUNTS.reseller,
    });
    replicas = await Promise.all([startGateway(resolved), startGateway(resolved)]);
  });

  afterAll(async () => {
    await Promise.all(subscribers.map((s) => s.dispose()));
    await Promise.all(replicas.map((r) => r.stop()));
  });

  it('read a package watched on both once per interval in all, and both see it settle', async () => {
    const created = await harness.execute(CreatePackageDocument, {
      input: { products: [{ catalogProductId: PRODUCTS.logoOneTime, countryCode: 'US' }] },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createPackage.package.id;

    // Two tabs on each replica.
    const subscriptions = replicas.flatMap((replica) =>
      [0, 1].map(() => {
        const subscriber = connectSubscriber(replica.url);
        subscribers.push(subscriber);
        return subscriber.subscribe(PackageStatusChangedDocument, { id });
      }),
    );
    const ends = await Promise.all(subscriptions.map((s) => s.ended));
    expect(ends).toEqual([{}, {}, {}, {}]);
    for (const subscription of subscriptions) {
      expect(
        subscription.results.map((r) =>
          r.data?.packageStatusChanged.productInstances.map((i) => i.status),
        ),
      ).toEqual([['PENDING'], ['ENABLED']]);
    }

    const polls = pollsOf(await harness.upstreamCalls(), id);
    // About 5 s of PENDING at one read per 250 ms in all; each replica reading
    // on its own would leave gaps well under one interval.
    expect(polls.count).toBeGreaterThanOrEqual(3);
    expect(polls.shortest).toBeGreaterThanOrEqual(POLL_MS * 0.9);
    expect(await redis.client().keys('subscription-replicas:poll:*')).toEqual(
      expect.arrayContaining([expect.stringContaining(id)]),
    );
  }, 30_000);
});
