/**
 * The one harness of the gateway's end-to-end suite: an emulator (the
 * upstream) and a gateway, both on 127.0.0.1 with ephemeral ports, talking
 * real HTTP. `useGateway()` starts them once per test file and puts the
 * emulator back to its seed (no faults, empty request log) before each test.
 */
import 'reflect-metadata';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { catalogEntry } from '../src/catalog/index.js';
import { loadConfig, withUpstream } from '../src/config.js';
import {
  createSeedState,
  DEFAULT_API_KEY,
  SEED_IDS,
  startEmulator,
  type FaultRule,
  type IdempotencyMode,
  type RequestLogEntry,
} from '../src/emulator/index.js';
import { startGateway, type GatewayOptions, type RunningGateway } from '../src/server.js';

export { SEED_IDS };
export const ACCOUNTS = SEED_IDS.accounts;
export const SITES = SEED_IDS.sites;
export const PRODUCTS = SEED_IDS.products;
export const PACKAGES = SEED_IDS.packages;
export const INSTANCES = SEED_IDS.instances;

/** A well-formed GUID that names nothing in the seed. */
export const UNKNOWN_ID = 'deadbeef-0000-4000-8000-000000000000';

export interface GraphQLResponse<TData> {
  status: number;
  data?: TData | null;
  errors?: GraphQLFormattedError[];
}

export interface HarnessOptions {
  /** Emulator delay before PENDING instances settle, in ms (default: long, so they stay PENDING). */
  activationDelayMs?: number;
  /** Extra gateway environment, e.g. `{ DEFAULT_PAGE_SIZE: '5' }`. */
  env?: Record<string, string>;
  /** The API key the gateway sends upstream (default: the emulator's key). */
  apiKey?: string;
  /** What the process supplies beyond configuration, e.g. a shared APQ store. */
  gatewayOptions?: GatewayOptions;
  /** Whether the emulator replays a repeated `idempotencyKey` or runs it again (default `replay`). */
  emulatorIdempotency?: IdempotencyMode;
  /** The upstream the gateway calls instead of the emulator (e.g. a proxy in front of it), read once the emulator runs. */
  upstreamUrl?: () => string;
  /**
   * Whether the gateway knows the emulator's product catalog, as `npm start`
   * over the embedded emulator does (default true; `WIX_CATALOG_FILE` in
   * `env` wins). False: no catalog, as a deployment without the file.
   */
  emulatorCatalog?: boolean;
}

export interface Harness {
  /** The API key the gateway sends upstream: it must never appear in a response. */
  readonly apiKey: string;
  readonly gatewayUrl: string;
  /** The gateway's origin, e.g. `http://127.0.0.1:41234`, for its non-GraphQL routes. */
  readonly gatewayOrigin: string;
  /** `/metrics` on its own listener, when `METRICS_PORT` is set. */
  readonly metricsUrl: string | undefined;
  readonly emulatorUrl: string;
  /** Starts the gateway's graceful shutdown (once; `afterAll` then has nothing left to stop). */
  stopGateway(): Promise<void>;
  execute<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    options?: { headers?: Record<string, string> },
  ): Promise<GraphQLResponse<TData>>;
  /** Sends a raw body, for malformed requests. */
  post(body: string, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  /** The upstream calls the emulator received since the last reset, oldest first. */
  upstreamCalls(): Promise<RequestLogEntry[]>;
  clearUpstreamCalls(): Promise<void>;
  setFaults(rules: FaultRule[]): Promise<void>;
  /** Calls the emulator's REST API directly, as another client of Wix would. */
  upstream(method: string, path: string, account: string, body?: unknown): Promise<unknown>;
}

export function useGateway(options: HarnessOptions = {}): Harness {
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  let gateway: RunningGateway;
  let gatewayStopped: Promise<void> | undefined;

  beforeAll(async () => {
    emulator = await startEmulator({
      port: 0,
      host: '127.0.0.1',
      activationDelayMs: options.activationDelayMs ?? 3_600_000,
      idempotency: options.emulatorIdempotency,
      quiet: true,
    });
    // Quiet unless a test asks for logs (LOG_LEVEL in `env`, lines via gatewayOptions.logStream).
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      ...options.env,
    });
    const catalog = {
      products:
        config.catalog.products ??
        (options.emulatorCatalog === false
          ? undefined
          : createSeedState().catalog.map(catalogEntry)),
    };
    gateway = await startGateway(
      withUpstream(
        { ...config, catalog },
        {
          baseUrl: options.upstreamUrl?.() ?? emulator.url,
          apiKey: options.apiKey ?? DEFAULT_API_KEY,
          accountId: ACCOUNTS.reseller,
        },
      ),
      options.gatewayOptions,
    );
  });

  afterAll(async () => {
    await (gatewayStopped ?? gateway?.stop());
    await emulator?.stop();
  });

  beforeEach(async () => {
    await admin('POST', '/_emulator/reset');
  });

  async function admin(method: string, path: string, body?: unknown): Promise<unknown> {
    // The emulator takes admin POSTs as application/json only (no cross-site form posts).
    const payload = body ?? (method === 'POST' ? {} : undefined);
    const response = await fetch(emulator.url + path, {
      method,
      headers: payload === undefined ? {} : { 'content-type': 'application/json' },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
    return response.json();
  }

  return {
    apiKey: options.apiKey ?? DEFAULT_API_KEY,
    get gatewayUrl() {
      return gateway.url;
    },
    get gatewayOrigin() {
      return new URL(gateway.url).origin;
    },
    get metricsUrl() {
      return gateway.metricsUrl;
    },
    get emulatorUrl() {
      return emulator.url;
    },
    stopGateway() {
      gatewayStopped ??= gateway.stop();
      return gatewayStopped;
    },
    async execute(document, variables, callOptions = {}) {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...callOptions.headers },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse<never>, 'status'>;
      return { status: response.status, ...body };
    },
    async post(body, headers = { 'content-type': 'application/json' }) {
      const response = await fetch(gateway.url, { method: 'POST', headers, body });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, body: parsed };
    },
    async upstreamCalls() {
      const { requests } = (await admin('GET', '/_emulator/requests')) as {
        requests: RequestLogEntry[];
      };
      return requests;
    },
    async clearUpstreamCalls() {
      await admin('DELETE', '/_emulator/requests');
    },
    async setFaults(rules) {
      await admin('PUT', '/_emulator/faults', rules);
    },
    async upstream(method, path, account, body) {
      const response = await fetch(emulator.url + path, {
        method,
        headers: {
          authorization: DEFAULT_API_KEY,
          'wix-account-id': account,
          ...(body !== undefined && { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return response.json();
    },
  };
}

/** Just the method, path and account of each upstream call: what call-count assertions compare. */
export function summarize(calls: RequestLogEntry[]): string[] {
  return calls.map((c) => `${c.method} ${c.path} ${c.accountId ?? '-'}`);
}
