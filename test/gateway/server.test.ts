import { useGateway } from '../harness.js';

const gateway = useGateway();

describe('HTTP surface', () => {
  it('answers GET /healthz when up', async () => {
    const response = await fetch(gateway.gatewayUrl.replace('/graphql', '/healthz'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('serves the Apollo Sandbox landing page to a browser at /graphql', async () => {
    const response = await fetch(gateway.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('sandbox');
  });

  it('blocks a simple cross-site GET request (CSRF prevention) with BAD_USER_INPUT', async () => {
    const response = await fetch(
      `${gateway.gatewayUrl}?query=${encodeURIComponent('{ sites { nodes { id } } }')}`,
    );
    expect(response.status).toBe(400);
    expect(await gateway.upstreamCalls()).toEqual([]);
  });
});
