import { ACCOUNTS, useGateway } from '../harness.js';
import { DEFAULT_API_KEY } from '../../src/emulator/index.js';
import { buildGateway, spawnGateway, type ChildGateway } from '../childGateway.js';

/**
 * The production path end to end: the compiled JavaScript started as
 * `npm run start:prod` starts it, with NODE_ENV=production, against an
 * emulator standing in for Wix.
 */
const TOKEN = 'prod-test-token-3f9a1c-77b2e4d0';

const harness = useGateway(); // for its emulator (the upstream) and fault controls
let gateway: ChildGateway;
let url: string;

beforeAll(async () => {
  const entry = await buildGateway();
  gateway = await spawnGateway(entry, {
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    WIX_API_KEY: DEFAULT_API_KEY,
    WIX_ACCOUNT_ID: ACCOUNTS.reseller,
    WIX_API_BASE_URL: harness.emulatorUrl,
    GATEWAY_TOKENS: JSON.stringify({ [TOKEN]: { name: 'prod-test', accounts: '*' } }),
    CURSOR_SECRET: 'prod-test-cursor-secret-5b1e0c9d27a4f8e3',
    SHUTDOWN_TIMEOUT_MS: '5000',
    // /metrics has its own listener in production (9464 unless set): a free port here.
    METRICS_PORT: '0',
  });
  url = gateway.url;
}, 120_000);

afterAll(() => {
  if (gateway?.child.exitCode === null) gateway.child.kill('SIGKILL');
});

function query(document: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query: document }),
  });
}

describe('npm run start:prod (compiled, NODE_ENV=production)', () => {
  it('is ready, answers queries, and sends no stack traces', async () => {
    const origin = new URL(url).origin;
    expect((await fetch(`${origin}/readyz`)).status).toBe(200);
    const ok = await query('{ sites(first: 1) { totalCount } }');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { sites: { totalCount: expect.any(Number) } } });

    const bad = await query('{ sites(first: 1) { noSuchField } }');
    const body = (await bad.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|\.js:\d+/);
  });

  it('serves no GraphiQL by default', async () => {
    expect((await fetch(`${new URL(url).origin}/graphiql`)).status).toBe(404);
  });

  it('on SIGTERM finishes the request in flight, refuses new connections and exits 0', async () => {
    await harness.setFaults([{ route: 'querySites', kind: 'latency', latencyMs: 1000 }]);
    const inFlight = query('{ sites(first: 2) { nodes { id } } }');
    await new Promise((resolve) => setTimeout(resolve, 300));
    gateway.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(query('{ sites(first: 1) { totalCount } }')).rejects.toThrow('fetch failed');

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { sites: { nodes: [{ id: expect.any(String) }, { id: expect.any(String) }] } },
    });
    expect(await gateway.exited).toBe(0);
    expect(gateway.output()).toContain('SIGTERM: draining in-flight requests (up to 5000 ms)');
    expect(gateway.output()).toContain('stopped');
  });
});
