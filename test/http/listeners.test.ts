import { request as httpRequest } from 'node:http';
import { DEFAULT_API_KEY } from '../../src/emulator/index.js';
import { GATEWAY_TOKENS, RESELLER_TOKEN } from '../callers.js';
import { ACCOUNTS, useGateway, type Harness } from '../harness.js';

const SITES_QUERY = JSON.stringify({ query: '{ sites(first: 1) { totalCount } }' });

const HOST_REFUSAL = {
  errors: [
    {
      message: 'This gateway does not answer to that Host name (ALLOWED_HOSTS)',
      extensions: { code: 'FORBIDDEN', reason: 'HOST_NOT_ALLOWED' },
    },
  ],
};

/**
 * An HTTP request to the gateway's own address that says `host` in its
 * `Host` header, as a browser does for a page whose DNS name was rebound to
 * that address (fetch would not let a test choose the header).
 */
function requestAs(
  gateway: Harness,
  host: string,
  path: string,
  body?: string,
): Promise<{ status: number; body: unknown }> {
  const { hostname, port } = new URL(gateway.gatewayOrigin);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        hostname,
        port,
        path,
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          host: host.replace('PORT', port),
          ...(body !== undefined && { 'content-type': 'application/json' }),
        },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => {
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: response.statusCode ?? 0, body: parsed });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

describe('the Host allow-list in development (ALLOWED_HOSTS unset)', () => {
  const gateway = useGateway();

  it('refuses a DNS-rebinding page: its same-origin call carries a foreign Host, and nothing reaches Wix', async () => {
    const answer = await requestAs(
      gateway,
      'rebind.attacker.example:PORT',
      '/graphql',
      SITES_QUERY,
    );
    expect(answer).toEqual({ status: 403, body: HOST_REFUSAL });
    for (const path of ['/graphiql', '/metrics', '/graphql?query=%7B__typename%7D']) {
      expect(await requestAs(gateway, 'rebind.attacker.example', path)).toEqual({
        status: 403,
        body: HOST_REFUSAL,
      });
    }
    expect(await gateway.upstreamCalls()).toEqual([]);
  });

  it('answers the loopback names, and the health probes under any Host', async () => {
    for (const host of ['localhost:PORT', '127.0.0.1:PORT', 'LOCALHOST']) {
      expect(await requestAs(gateway, host, '/graphql', SITES_QUERY)).toEqual({
        status: 200,
        body: { data: { sites: { totalCount: expect.any(Number) } } },
      });
    }
    expect(await requestAs(gateway, '10.1.2.3:PORT', '/healthz')).toEqual({
      status: 200,
      body: { status: 'ok' },
    });
    expect((await requestAs(gateway, '10.1.2.3:PORT', '/readyz')).status).toBe(200);
  });
});

describe('ALLOWED_HOSTS set', () => {
  const gateway = useGateway({ env: { ALLOWED_HOSTS: 'gateway.example.com, [::1]' } });

  it('answers only the names it lists', async () => {
    expect((await requestAs(gateway, 'gateway.example.com', '/graphql', SITES_QUERY)).status).toBe(
      200,
    );
    expect((await requestAs(gateway, '[::1]:PORT', '/graphql', SITES_QUERY)).status).toBe(200);
    expect(await requestAs(gateway, 'localhost:PORT', '/graphql', SITES_QUERY)).toEqual({
      status: 403,
      body: HOST_REFUSAL,
    });
  });
});

describe('/metrics with NODE_ENV=production', () => {
  const gateway = useGateway({
    env: {
      NODE_ENV: 'production',
      WIX_API_KEY: DEFAULT_API_KEY,
      WIX_ACCOUNT_ID: ACCOUNTS.reseller,
      GATEWAY_TOKENS,
      CURSOR_SECRET: 'a-cursor-secret-shared-by-replicas-0123456789',
      // Its own listener, as in production (there 9464 unless set); 0 picks a free port here.
      METRICS_PORT: '0',
    },
  });

  it("is not on the public listener, where it would show every tenant's operations and errors", async () => {
    const response = await fetch(`${gateway.gatewayOrigin}/metrics`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('gateway_');
  });

  it('is served on METRICS_PORT, counting the requests of the public listener', async () => {
    const graphql = await fetch(gateway.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${RESELLER_TOKEN}` },
      body: SITES_QUERY,
    });
    expect(graphql.status).toBe(200);
    expect(gateway.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(new URL(gateway.metricsUrl!).port).not.toBe(new URL(gateway.gatewayOrigin).port);
    const metrics = await fetch(gateway.metricsUrl!);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toMatch(/^gateway_graphql_requests_total\{.*\} [1-9]/m);
  });
});
