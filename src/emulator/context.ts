/** What every route needs, built once per emulator instance. */
import type { FaultInjector } from './faults.js';
import type { IdempotencyMode } from './idempotency.js';
import type { RequestLog } from './requestLog.js';
import type { EmulatorState } from './state.js';
import type { Store } from './store.js';

export interface EmulatorContext {
  store: Store;
  /** A fresh initial state: the seed with the configured API keys (used by reset). */
  seed: () => EmulatorState;
  faults: FaultInjector;
  requestLog: RequestLog;
  /** Whether a repeated `idempotencyKey` replays the first answer or runs again. */
  idempotency: IdempotencyMode;
  /** PENDING → ENABLED/FAILED delay for new instances, in ms. */
  activationDelayMs: number;
  /** Clock in epoch ms; injectable so tests can move time. */
  now: () => number;
  /** Writes one line of operator-facing log; no-op when quiet. */
  log: (line: string) => void;
  /** Who may use the admin routes: the bound interface, and a token when set. */
  admin: { host: string; token?: string };
}

/** Routes carry their Wix operation name in `config.routeName` (faults and the log match on it). */
export interface RouteConfig {
  routeName: string;
  /** Admin routes skip auth, faults and the request log. */
  admin?: boolean;
}
