import { PackageDocument, SiteDocument } from '../generated/graphql.js';
import { FAST_RESILIENCE_ENV } from '../fastResilienceEnv.js';
import { ACCOUNTS, PACKAGES, SITES, useGateway } from '../harness.js';

const gateway = useGateway({
  env: {
    ...FAST_RESILIENCE_ENV,
    UPSTREAM_RETRIES: '0',
    BREAKER_FAILURE_THRESHOLD: '3',
    BREAKER_HALF_OPEN_AFTER_MS: '200',
  },
});

const getPackage = () =>
  gateway.execute(PackageDocument, { id: PACKAGES.customerABasic, accountId: ACCOUNTS.customerA });

describe('the circuit breaker of each upstream API', () => {
  it('opens after sustained failures, fails fast without calling Wix, then half-opens and closes', async () => {
    await gateway.setFaults([{ route: 'queryPackages', kind: 'error', status: 503 }]);
    for (let i = 0; i < 3; i++) await getPackage();
    const failing = await gateway.upstreamCalls();
    expect(failing.map((c) => c.status)).toEqual([503, 503, 503]);

    const fast = await getPackage();
    expect(fast.errors?.[0]).toEqual(
      expect.objectContaining({
        message: `Could not query packages: Wix's Resellers API is failing, so the gateway is not calling it for a while`,
        extensions: { code: 'UPSTREAM_UNAVAILABLE', reason: 'CIRCUIT_OPEN' },
      }),
    );
    expect(await gateway.upstreamCalls()).toHaveLength(3);

    // Another API's breaker is unaffected.
    const site = await gateway.execute(SiteDocument, { id: SITES.bakeryDraft });
    expect(site.data?.site?.id).toBe(SITES.bakeryDraft);

    // After the half-open delay one probe goes through; it succeeds and closes the breaker.
    await gateway.setFaults([]);
    await new Promise((r) => setTimeout(r, 250));
    const probe = await getPackage();
    expect(probe.errors).toBeUndefined();
    const again = await getPackage();
    expect(again.errors).toBeUndefined();
  });

  it('does not count answers that say nothing about upstream health (404)', async () => {
    await gateway.setFaults([{ route: 'queryPackages', kind: 'error', status: 404 }]);
    for (let i = 0; i < 4; i++) await getPackage();
    await gateway.setFaults([]);
    expect((await getPackage()).errors).toBeUndefined();
  });
});
