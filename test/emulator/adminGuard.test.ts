import { request as httpRequest } from 'node:http';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { useEmulator } from './harness.js';

const h = useEmulator();

/** A raw HTTP request, so the Host header can be anything (fetch sets its own). */
function raw(
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string }> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, method, path, headers },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const FAULT = [{ id: 'marker', route: 'querySites', kind: 'latency', latencyMs: 1 }];

async function faultsStillSet(): Promise<boolean> {
  const listed = await h.admin('GET', '/_emulator/faults');
  return (listed.body as { rules: unknown[] }).rules.length === 1;
}

describe('the emulator admin routes against cross-site requests', () => {
  beforeEach(async () => {
    await h.admin('PUT', '/_emulator/faults', FAULT);
  });

  it('refuse a cross-site simple POST /_emulator/reset (text/plain) and keep the state', async () => {
    const response = await raw(
      h.url,
      'POST',
      '/_emulator/reset',
      {
        'content-type': 'text/plain',
        origin: 'http://evil.example',
      },
      '{}',
    );
    expect(response.status).toBe(403);
    expect(await faultsStillSet()).toBe(true);
  });

  it('refuse a POST that is not application/json, even without an Origin', async () => {
    const response = await raw(
      h.url,
      'POST',
      '/_emulator/reset',
      {
        'content-type': 'text/plain',
      },
      '{}',
    );
    expect(response.status).toBe(415);
    const bodyless = await raw(h.url, 'POST', '/_emulator/reset', {});
    expect(bodyless.status).toBe(415);
    expect(await faultsStillSet()).toBe(true);
  });

  it('refuse GET /_emulator/state under a Host that is not a loopback name (DNS rebinding)', async () => {
    const response = await raw(h.url, 'GET', '/_emulator/state', { host: 'rebound.evil.example' });
    expect(response.status).toBe(403);
    expect(response.body).not.toContain('apiKeys');
  });

  it('answer the same request under a loopback Host, and a same-origin JSON POST', async () => {
    const port = new URL(h.url).port;
    expect(
      (await raw(h.url, 'GET', '/_emulator/state', { host: `localhost:${port}` })).status,
    ).toBe(200);
    const reset = await raw(
      h.url,
      'POST',
      '/_emulator/reset',
      {
        'content-type': 'application/json',
        origin: h.url,
      },
      '{}',
    );
    expect(reset.status).toBe(200);
    expect(await faultsStillSet()).toBe(false);
  });
});

describe('WIX_EMULATOR_ADMIN_TOKEN', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ quiet: true, adminToken: 'emulator-admin-secret-123' });
  });
  afterAll(() => emulator.stop());

  it('is required on every admin route once set', async () => {
    expect((await raw(emulator.url, 'GET', '/_emulator/state', {})).status).toBe(401);
    const allowed = await raw(emulator.url, 'GET', '/_emulator/state', {
      authorization: 'Bearer emulator-admin-secret-123',
    });
    expect(allowed.status).toBe(200);
  });
});
