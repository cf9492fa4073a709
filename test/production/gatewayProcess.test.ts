import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_API_KEY,
  SEED_IDS,
  startEmulator,
  type RunningEmulator,
} from '../../src/emulator/index.js';
import {
  buildGateway,
  runGatewayToExit,
  spawnGateway,
  type ChildGateway,
} from '../childGateway.js';

/**
 * The compiled gateway as a process: what an operator sees when its stdout
 * stalls, when it is signalled, and when its ports are taken.
 */
const SHUTDOWN_TIMEOUT_MS = 2_000;
const QUERY = JSON.stringify({ query: '{ __typename }' });

let entry: string;
let gateway: ChildGateway;

beforeAll(async () => {
  entry = await buildGateway();
  gateway = await spawnGateway(
    entry,
    {
      PORT: '0',
      HOST: '127.0.0.1',
      WIX_EMULATOR_PORT: '0',
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
      LOG_BUFFER_BYTES: '16384',
      LOG_LEVEL: 'info',
      SANDBOX: 'false',
      GRAPHIQL: 'false',
    },
    { stopReadingStdout: true },
  );
}, 120_000);

afterAll(() => {
  if (gateway?.child.exitCode === null) gateway.child.kill('SIGKILL');
});

interface LoadResult {
  answered: number;
  failed: number;
  slowestMs: number;
}

/** `connections` loops, each sending one request after the other until `until()` says stop. */
async function load(connections: number, until: () => boolean): Promise<LoadResult> {
  const result: LoadResult = { answered: 0, failed: 0, slowestMs: 0 };
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (!until()) {
        const started = Date.now();
        try {
          const response = await fetch(gateway.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: QUERY,
            signal: AbortSignal.timeout(5_000),
          });
          await response.arrayBuffer();
          if (response.status === 200) result.answered++;
          else result.failed++;
          result.slowestMs = Math.max(result.slowestMs, Date.now() - started);
        } catch {
          result.failed++;
          // The gateway is gone or refusing: no busy loop on a closed port.
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    }),
  );
  return result;
}

async function droppedLogLines(): Promise<number> {
  const metrics = await (await fetch(new URL('/metrics', gateway.url))).text();
  const match = /^gateway_log_lines_dropped_total (\d+)/m.exec(metrics);
  return match ? Number(match[1]) : 0;
}

// A log shipper that stops reading (crashed sidecar, full disk behind a
// pipe) must cost log lines, never the gateway.
describe('a gateway whose stdout nobody reads', () => {
  it('keeps answering requests once its log lines no longer fit, and counts the dropped lines', async () => {
    // Request lines fill the pipe and the 16 KiB buffer behind it within a few hundred requests.
    let dropped = 0;
    const giveUpAt = Date.now() + 60_000;
    const filling = load(20, () => dropped > 0 || Date.now() > giveUpAt);
    while (dropped === 0 && Date.now() < giveUpAt) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      dropped = await droppedLogLines();
    }
    expect((await filling).failed).toBe(0);
    expect(dropped).toBeGreaterThan(0);

    const deadline = Date.now() + 1_000;
    const stalled = await load(20, () => Date.now() >= deadline);
    expect(stalled.failed).toBe(0);
    expect(stalled.answered).toBeGreaterThan(20);
    expect(await droppedLogLines()).toBeGreaterThan(dropped);
    expect(gateway.output().match(/log sink is not keeping up/g)).toHaveLength(1);
  }, 120_000);

  it('exits on SIGTERM under load within SHUTDOWN_TIMEOUT_MS plus one second', async () => {
    let exited = false;
    const traffic = load(20, () => exited);
    await new Promise((resolve) => setTimeout(resolve, 500));

    const signalledAt = Date.now();
    gateway.child.kill('SIGTERM');
    const code = await Promise.race([
      gateway.exited,
      new Promise<string>((resolve) =>
        setTimeout(() => resolve('still running'), SHUTDOWN_TIMEOUT_MS + 1_000),
      ),
    ]);
    exited = true;
    await traffic;
    expect(code).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThanOrEqual(SHUTDOWN_TIMEOUT_MS + 1_000);
  }, 60_000);
});

describe('a port already in use', () => {
  let blocker: Server;
  let port: number;

  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    port = (blocker.address() as { port: number }).port;
  });

  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it.each([
    ['PORT', { PORT: 'taken', WIX_EMULATOR_PORT: '0' }],
    ['WIX_EMULATOR_PORT', { PORT: '0', WIX_EMULATOR_PORT: 'taken' }],
  ])(
    'stops start-up with one line naming %s and its port, and exit code 1',
    async (variable, ports) => {
      const env = Object.fromEntries(
        Object.entries(ports).map(([name, value]) => [
          name,
          value === 'taken' ? String(port) : value,
        ]),
      );
      const run = await runGatewayToExit(entry, { ...env, HOST: '127.0.0.1' });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `${variable}=${port}: the port is already in use (another gateway or emulator running?); stop it or set ${variable} to a free port\n`,
      );
    },
    30_000,
  );
});

describe('a real WIX_API_KEY with caller authentication off, outside production', () => {
  let emulator: RunningEmulator;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, host: '127.0.0.1', quiet: true });
  });

  afterAll(() => emulator?.stop());

  it('stops start-up with one line, so no page in a browser can act with the key, unless GATEWAY_ALLOW_ANONYMOUS=true', async () => {
    const env = {
      PORT: '0',
      HOST: '127.0.0.1',
      WIX_API_KEY: DEFAULT_API_KEY,
      WIX_ACCOUNT_ID: SEED_IDS.accounts.reseller,
      WIX_API_BASE_URL: emulator.url,
    };
    const refused = await runGatewayToExit(entry, env, 30_000);
    expect(refused).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'Configuration error: WIX_API_KEY is set but caller authentication is off, so anyone who reaches the gateway would act with that key: set GATEWAY_TOKENS, GATEWAY_TOKENS_FILE or GATEWAY_JWT_* (or GATEWAY_ALLOW_ANONYMOUS=true to run open)\n',
    });

    const open = await spawnGateway(entry, { ...env, GATEWAY_ALLOW_ANONYMOUS: 'true' });
    try {
      const response = await fetch(open.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ sites(first: 1) { totalCount } }' }),
      });
      expect(response.status).toBe(200);
      expect(open.output()).toContain('WARNING: caller authentication is OFF');
    } finally {
      open.child.kill('SIGKILL');
    }
  }, 90_000);
});

describe('a bad WIX_CATALOG_FILE', () => {
  it('stops start-up before the emulator or any port, with one line naming the variable, the file and the entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-process-'));
    const file = join(dir, 'catalog.json');
    writeFileSync(
      file,
      JSON.stringify({
        products: [
          {
            id: SEED_IDS.products.businessVip,
            name: 'Business VIP',
            productType: 'PREMIUM_PLAN',
            billingCycles: [{ type: 'RECURRING' }],
          },
        ],
      }),
    );
    const run = await runGatewayToExit(entry, {
      PORT: '0',
      HOST: '127.0.0.1',
      WIX_EMULATOR_PORT: '0',
      WIX_CATALOG_FILE: file,
    });
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `Configuration error: WIX_CATALOG_FILE ("${file}"): products[0].billingCycles[0].cycleDuration (entry "${SEED_IDS.products.businessVip}"): is required when RECURRING\n`,
    });
  }, 30_000);
});
