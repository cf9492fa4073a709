/**
 * Starts the emulator in-process: the embedded upstream of the gateway and of
 * every test. Listens on loopback by default; port 0 picks a free port.
 */
import type { EmulatorContext } from './context.js';
import { FaultInjector } from './faults.js';
import type { IdempotencyMode } from './idempotency.js';
import { RequestLog } from './requestLog.js';
import { createSeedState, DEFAULT_API_KEY } from './seed.js';
import { buildServer } from './server.js';
import { Store } from './store.js';

export interface EmulatorOptions {
  /** TCP port; 0 picks a free one. Default 0 (the CLI defaults to 4010). */
  port?: number;
  /** Interface to bind. Default `127.0.0.1`. */
  host?: string;
  /** JSON file to load at start and persist after every write. Default: memory only. */
  statePath?: string;
  /** Accepted API keys; replaces the seed's keys (unless state is loaded from `statePath`). Default: [DEFAULT_API_KEY]. */
  apiKeys?: string[];
  /**
   * `replay`: a repeated `idempotencyKey` answers the first response again;
   * `ignore`: it runs (and provisions) again, as an upstream that does not
   * de-duplicate would. Default `replay`.
   */
  idempotency?: IdempotencyMode;
  /** Delay before a new PENDING instance becomes ENABLED (or FAILED), in ms. Default 1000. */
  activationDelayMs?: number;
  /** Clock in epoch ms, for tests that move time. Default `Date.now`. */
  now?: () => number;
  /** Line logger for operator messages. Default: stderr, unless `quiet`. */
  log?: (line: string) => void;
  /** Suppress all logging. Default false. */
  quiet?: boolean;
  /** Bearer token every `/_emulator/*` request must send. Default: none (loopback only). */
  adminToken?: string;
  /** Entries the request log keeps (oldest dropped first). Default 1000. */
  requestLogCapacity?: number;
}

export interface RunningEmulator {
  /** Base URL, e.g. `http://127.0.0.1:4010` (no trailing slash). */
  url: string;
  port: number;
  /** How repeated `idempotencyKey`s are answered. */
  idempotency: IdempotencyMode;
  stop(): Promise<void>;
}

export const DEFAULT_ACTIVATION_DELAY_MS = 1000;

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  const seed = () => {
    const state = createSeedState();
    if (options.apiKeys) {
      state.apiKeys = options.apiKeys.map((key, i) => ({ key, label: `configured key ${i + 1}` }));
    }
    return state;
  };
  const log = options.quiet
    ? () => {}
    : (options.log ?? ((line: string) => process.stderr.write(`[wix-emulator] ${line}\n`)));
  const ctx: EmulatorContext = {
    store: new Store(options.statePath, seed),
    seed,
    faults: new FaultInjector(),
    requestLog: new RequestLog(options.requestLogCapacity),
    idempotency: options.idempotency ?? 'replay',
    activationDelayMs: options.activationDelayMs ?? DEFAULT_ACTIVATION_DELAY_MS,
    now: options.now ?? Date.now,
    log,
    admin: { host, token: options.adminToken },
  };
  const app = buildServer(ctx);
  await app.listen({ port: options.port ?? 0, host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    idempotency: ctx.idempotency,
    stop: async () => {
      await app.close();
    },
  };
}

export { DEFAULT_API_KEY };
