import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ACCOUNTS, useGateway } from '../harness.js';
import { DEFAULT_API_KEY } from '../../src/emulator/index.js';

/**
 * The production path end to end: the compiled JavaScript (`npm run build`,
 * here into test-artifacts/ so it never races a developer's dist/) started as
 * `npm run start:prod` starts it, with NODE_ENV=production, against an
 * emulator standing in for Wix.
 */
const BUILD_DIR = path.resolve('test-artifacts/prod-build');
const TOKEN = 'prod-test-token-3f9a1c-77b2e4d0';

const harness = useGateway(); // for its emulator (the upstream) and fault controls
let child: ChildProcess;
let url: string;
let output = '';

beforeAll(async () => {
  // Incremental: a rerun with unchanged sources takes a fraction of a full build.
  await promisify(execFile)('node_modules/.bin/tsc', [
    ...['-p', 'tsconfig.build.json', '--outDir', BUILD_DIR],
    ...['--incremental', '--tsBuildInfoFile', path.join(BUILD_DIR, '.tsbuildinfo')],
  ]);
  child = spawn(process.execPath, [path.join(BUILD_DIR, 'index.js')], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      WIX_API_KEY: DEFAULT_API_KEY,
      WIX_ACCOUNT_ID: ACCOUNTS.reseller,
      WIX_API_BASE_URL: harness.emulatorUrl,
      GATEWAY_TOKENS: JSON.stringify({ [TOKEN]: { name: 'prod-test', accounts: '*' } }),
      SHUTDOWN_TIMEOUT_MS: '5000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${output}`)), 10_000);
    child.stdout!.on('data', () => {
      const match = /GraphQL gateway on (http:\/\/\S+\/graphql)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`gateway exited (${code}):\n${output}`)));
  });
}, 60_000);

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
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
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));

    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(query('{ sites(first: 1) { totalCount } }')).rejects.toThrow('fetch failed');

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { sites: { nodes: [{ id: expect.any(String) }, { id: expect.any(String) }] } },
    });
    expect(await exited).toBe(0);
    expect(output).toContain('SIGTERM: draining in-flight requests (up to 5000 ms)');
    expect(output).toContain('stopped');
  });
});
