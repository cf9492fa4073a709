import { ACCOUNTS, useGateway } from '../harness.js';

// No verdict caching, a short probe deadline and no retries, so each request probes once, quickly.
const gateway = useGateway({
  env: { READINESS_CACHE_MS: '0', READINESS_TIMEOUT_MS: '300', UPSTREAM_RETRIES: '0' },
});

async function readyz(): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${gateway.gatewayOrigin}/readyz`);
  return { status: response.status, body: await response.json() };
}

describe('GET /readyz', () => {
  it('answers 200 when the upstream answers a Count Sites call', async () => {
    expect(await readyz()).toEqual({
      status: 200,
      body: { status: 'ready', checks: { upstream: 'ok' } },
    });
    expect(
      (await gateway.upstreamCalls()).map((c) => `${c.method} ${c.path} ${c.accountId}`),
    ).toEqual([`POST /site-list/v2/sites/count ${ACCOUNTS.reseller}`]);
  });

  it('answers 503 naming the failure when the upstream fails', async () => {
    await gateway.setFaults([{ route: 'countSites', kind: 'error', status: 503 }]);
    expect(await readyz()).toEqual({
      status: 503,
      body: { status: 'unavailable', checks: { upstream: 'UPSTREAM_UNAVAILABLE' } },
    });
  });

  it('answers 503 with TIMEOUT when the upstream is slower than READINESS_TIMEOUT_MS', async () => {
    await gateway.setFaults([{ route: 'countSites', kind: 'latency', latencyMs: 1000 }]);
    const started = Date.now();
    expect(await readyz()).toEqual({
      status: 503,
      body: { status: 'unavailable', checks: { upstream: 'TIMEOUT' } },
    });
    expect(Date.now() - started).toBeLessThan(1500);
  });
});

describe('GET /readyz verdict cache', () => {
  const cached = useGateway({ env: { READINESS_CACHE_MS: '60000' } });

  it('probes the upstream once for many readiness checks within READINESS_CACHE_MS', async () => {
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${cached.gatewayOrigin}/readyz`);
      expect(response.status).toBe(200);
    }
    const counts = (await cached.upstreamCalls()).filter((c) => c.path.endsWith('/sites/count'));
    expect(counts).toHaveLength(1);
  });
});
