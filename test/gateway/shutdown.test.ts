import { useGateway } from '../harness.js';

const SLOW_QUERY = JSON.stringify({ query: '{ sites(first: 2) { totalCount nodes { id } } }' });

function post(url: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: SLOW_QUERY,
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('graceful shutdown', () => {
  const gateway = useGateway({ env: { SHUTDOWN_TIMEOUT_MS: '5000', UPSTREAM_RETRIES: '0' } });

  it('lets a request in flight finish, refuses new connections, and ends with the last request', async () => {
    await gateway.setFaults([{ route: 'querySites', kind: 'latency', latencyMs: 800 }]);
    const started = Date.now();
    const inFlight = post(gateway.gatewayUrl);
    await sleep(200);

    const stopped = gateway.stopGateway();
    await expect(post(gateway.gatewayUrl)).rejects.toThrow('fetch failed');

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: {
        sites: {
          totalCount: expect.any(Number),
          nodes: [{ id: expect.any(String) }, { id: expect.any(String) }],
        },
      },
    });
    await stopped;
    // Well before SHUTDOWN_TIMEOUT_MS: the drain waited for the request, not for the deadline.
    expect(Date.now() - started).toBeLessThan(2500);
  });
});

describe('graceful shutdown past SHUTDOWN_TIMEOUT_MS', () => {
  const gateway = useGateway({ env: { SHUTDOWN_TIMEOUT_MS: '300', UPSTREAM_RETRIES: '0' } });

  it('cuts a request still running at the deadline so the process can exit', async () => {
    await gateway.setFaults([{ route: 'querySites', kind: 'latency', latencyMs: 2500 }]);
    const inFlight = post(gateway.gatewayUrl).then(
      (response) => `HTTP ${response.status}`,
      () => 'connection closed',
    );
    await sleep(200);

    const started = Date.now();
    await gateway.stopGateway();
    expect(Date.now() - started).toBeLessThan(1500);
    expect(await inFlight).toBe('connection closed');
  });
});
