import { CreatePackageDocument, SitesCountDocument } from '../generated/graphql.js';
import { ACCOUNTS, PRODUCTS, useGateway } from '../harness.js';

/**
 * A gateway configured with a Redis that does not answer (nothing listens on
 * 127.0.0.1:1): not ready, mutations under a key refused as retryable, the
 * rest served. Needs no redis-server.
 */
const gateway = useGateway({
  env: {
    REDIS_URL: 'redis://127.0.0.1:1',
    REDIS_TIMEOUT_MS: '200',
    READINESS_CACHE_MS: '0',
    RATE_LIMIT_PER_MINUTE: '100',
  },
});

describe('when the configured Redis is unreachable', () => {
  it('reports not ready, naming Redis', async () => {
    const response = await fetch(`${gateway.gatewayOrigin}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unavailable',
      checks: { upstream: 'ok', redis: expect.stringMatching(/^(UNAVAILABLE|TIMEOUT)$/) },
    });
  });

  it('refuses a mutation under an idempotencyKey as retryable, without writing upstream', async () => {
    const response = await gateway.execute(CreatePackageDocument, {
      accountId: ACCOUNTS.reseller,
      input: {
        externalId: 'redis-down',
        idempotencyKey: 'redis-down-1',
        products: [{ catalogProductId: PRODUCTS.logoOneTime, countryCode: 'US' }],
      },
    });
    expect(response.errors).toEqual([
      expect.objectContaining({
        extensions: { code: 'UPSTREAM_UNAVAILABLE', reason: 'IDEMPOTENCY_STORE_UNAVAILABLE' },
      }),
    ]);
    expect((await gateway.upstreamCalls()).filter((c) => c.route === 'createPackage')).toEqual([]);
  });

  it('still serves queries (rate limits fall back to memory)', async () => {
    const response = await gateway.execute(SitesCountDocument, {});
    expect(response.errors).toBeUndefined();
  });

  it('shuts down promptly', async () => {
    const started = Date.now();
    await gateway.stopGateway();
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
