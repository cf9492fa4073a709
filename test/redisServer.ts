/**
 * A real Redis for the tests of the shared stores: Debian's `redis-server`,
 * started per test file on a free 127.0.0.1 port with no persistence, and
 * stopped after it. Without redis-server the file's tests are skipped, loudly,
 * except in CI (`CI=true`), where `.ci/run` installs it and its absence fails.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? 'redis-server';

/** Whether redis-server can be run here; throws under CI=true when it cannot. */
export function redisServerAvailable(suite: string): boolean {
  const found = spawnSync(REDIS_SERVER, ['--version'], { stdio: 'ignore' }).status === 0;
  if (!found) {
    if (process.env.CI === 'true') {
      throw new Error(
        `CI=true but ${REDIS_SERVER} is missing (.ci/run installs Debian's redis-server)`,
      );
    }
    console.warn(
      `SKIPPED: ${suite}: no ${REDIS_SERVER} on PATH. Install it (apt-get install redis-server) or set REDIS_SERVER_PATH.`,
    );
  }
  return found;
}

export interface RedisServer {
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  /** A fresh client (no key prefix) for assertions; closed with the server. */
  client(): Redis;
  /** Kills the server (to test an outage); `afterAll` has nothing left to stop. */
  kill(): Promise<void>;
}

/** Starts a redis-server in `beforeAll`, empties it before each test, stops it in `afterAll`. */
export function useRedisServer(): RedisServer {
  let child: ChildProcess | undefined;
  let url = '';
  const clients: Redis[] = [];

  beforeAll(async () => {
    ({ child, url } = await startRedisServer());
  }, 15_000);

  beforeEach(async () => {
    if (child?.exitCode === null) await admin().flushall();
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
    await stop(child);
  });

  let adminClient: Redis | undefined;
  function admin(): Redis {
    adminClient ??= track(new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1 }));
    return adminClient;
  }
  function track(client: Redis): Redis {
    client.on('error', () => undefined);
    clients.push(client);
    return client;
  }

  return {
    get url() {
      return url;
    },
    client: () => track(new Redis(url, { maxRetriesPerRequest: 1 })),
    kill: () => stop(child),
  };
}

async function startRedisServer(): Promise<{ child: ChildProcess; url: string }> {
  let lastError: unknown;
  // Another process may take the free port between probing and binding it.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const child = spawn(
      REDIS_SERVER,
      [
        ...['--port', String(port), '--bind', '127.0.0.1'],
        ...['--save', '', '--appendonly', 'no', '--daemonize', 'no'],
        ...['--loglevel', 'warning'],
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const url = `redis://127.0.0.1:${port}`;
    try {
      await waitForPing(url, child, () => output);
      return { child, url };
    } catch (error) {
      lastError = error;
      await stop(child);
    }
  }
  throw lastError;
}

async function waitForPing(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited:\n${output()}`);
    const probe = new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      if ((await probe.ping()) === 'PONG') return;
    } catch {
      // not listening yet
    } finally {
      probe.disconnect();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server did not answer PING within 5 s:\n${output()}`);
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
