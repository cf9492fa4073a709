/**
 * The one harness of the emulator's black-box suite: every test talks to a
 * real emulator over loopback HTTP, exactly as the gateway (or curl) would.
 * `useEmulator()` starts one server per test file on port 0 and puts the
 * world back to the seed before each test, so tests never see each other.
 */
import { startEmulator } from '../../src/emulator/index.js';
import { createSeedState, DEFAULT_API_KEY, SEED_IDS } from '../../src/emulator/seed.js';
import type { Package, Site, WixErrorBody } from '../../src/wix-api/types.js';

export { createSeedState, DEFAULT_API_KEY, SEED_IDS };

export const ACCOUNTS = SEED_IDS.accounts;
export const SITES = SEED_IDS.sites;
export const PRODUCTS = SEED_IDS.products;
export const PACKAGES = SEED_IDS.packages;
export const INSTANCES = SEED_IDS.instances;

/** A syntactically valid GUID that names nothing in the seed. */
export const UNKNOWN_ID = 'deadbeef-0000-4000-8000-000000000000';

export type EmulatorOptions = NonNullable<Parameters<typeof startEmulator>[0]>;
type RunningEmulator = Awaited<ReturnType<typeof startEmulator>>;

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the raw text when the body is not JSON. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export interface CallOptions {
  /** `wix-account-id`; defaults to the reseller's main account, `null` omits the header. */
  account?: string | null;
  /** `Authorization`; defaults to the seed's key, `null` omits the header. */
  key?: string | null;
  /** Serialised as JSON. */
  body?: unknown;
  /** Sent as-is with `Content-Type: application/json` (for malformed input). */
  rawBody?: string;
  headers?: Record<string, string>;
}

export async function request(
  baseUrl: string,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<HttpResponse> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const key = options.key === undefined ? DEFAULT_API_KEY : options.key;
  if (key !== null) headers.authorization = key;
  const account = options.account === undefined ? ACCOUNTS.reseller : options.account;
  if (account !== null) headers['wix-account-id'] = account;
  let payload: string | undefined;
  if (options.rawBody !== undefined) payload = options.rawBody;
  else if (options.body !== undefined && method !== 'GET' && method !== 'HEAD') {
    payload = JSON.stringify(options.body);
  } else if (method === 'POST' && path.startsWith('/_emulator/')) {
    // Admin POSTs are application/json only (no cross-site form posts).
    payload = '{}';
  }
  if (payload !== undefined) headers['content-type'] = 'application/json';
  Object.assign(headers, options.headers);
  const res = await fetch(baseUrl + path, { method, headers, body: payload });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    // leave the text: a test asserting JSON will show what actually came back
  }
  return { status: res.status, headers: res.headers, body };
}

export interface Harness {
  readonly url: string;
  call(method: string, path: string, options?: CallOptions): Promise<HttpResponse>;
  /** The admin surface, called without account headers. */
  admin(method: string, path: string, body?: unknown): Promise<HttpResponse>;
  /** A package as the emulator holds it now (through the admin dump, not the API under test). */
  storedPackage(id: string): Promise<Package>;
  storedSite(id: string): Promise<Site>;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/**
 * Registers the lifecycle hooks of one test file and returns its client.
 * Instances stay PENDING for a minute unless the file asks for another delay,
 * so PENDING-state tests are not racing the activation timer.
 */
export function useEmulator(options: Partial<EmulatorOptions> = {}): Harness {
  let server: RunningEmulator | undefined;
  const config = {
    port: 0,
    host: '127.0.0.1',
    quiet: true,
    activationDelayMs: 60_000,
    ...options,
  } as EmulatorOptions;

  const harness: Harness = {
    get url() {
      if (!server) throw new Error('emulator not started');
      return server.url;
    },
    call: (method, path, callOptions) => request(harness.url, method, path, callOptions),
    admin: (method, path, body) =>
      request(harness.url, method, path, { account: null, key: null, body }),
    async storedPackage(id) {
      const state = await harness.admin('GET', '/_emulator/state');
      return (state.body.packages as Package[]).find((p) => p.id === id) as Package;
    },
    async storedSite(id) {
      const state = await harness.admin('GET', '/_emulator/state');
      return (state.body.sites as Site[]).find((s) => s.id === id) as Site;
    },
    async stop() {
      await server?.stop();
      server = undefined;
    },
    async start() {
      server = await startEmulator(config);
    },
  };

  beforeAll(() => harness.start());
  afterAll(() => harness.stop());
  beforeEach(async () => {
    if (!server) return;
    const reset = await harness.admin('POST', '/_emulator/reset');
    if (reset.status !== 200 && reset.status !== 204) {
      throw new Error(`reset failed: ${reset.status} ${JSON.stringify(reset.body)}`);
    }
  });
  return harness;
}

// ------------------------------------------------------------ expectations

/**
 * The whole Wix application-error envelope (docs/wix-api.md "Error envelope") for `code`. `data` is
 * optional context in Wix's envelope: pass it to pin it down, omit it to
 * accept whatever context the emulator adds.
 */
export function applicationError(code: string, data?: Record<string, unknown>): WixErrorBody {
  const fields = { code, description: expect.stringMatching(/\S/) };
  return {
    message: expect.stringMatching(/\S/),
    details: {
      applicationError: data ? { ...fields, data } : expect.objectContaining(fields),
    },
  } as WixErrorBody;
}

/** A 400 validation envelope naming exactly these fields (in any order). */
export function validationError(...fields: string[]): WixErrorBody {
  return {
    message: expect.stringMatching(/\S/),
    details: {
      validationError: {
        fieldViolations: expect.arrayContaining(
          fields.map((field) =>
            expect.objectContaining({
              field,
              description: expect.stringMatching(/\S/),
              violatedRule: expect.any(String),
            }),
          ),
        ),
      },
    },
  } as WixErrorBody;
}

/** The status and body of a response, for one whole-response assertion. */
export function outcome(res: HttpResponse): { status: number; body: unknown } {
  return { status: res.status, body: res.body };
}

export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export const anyGuid = (): string => expect.stringMatching(GUID_PATTERN);
export const anyDate = (): string => expect.stringMatching(ISO_DATE);

/** The seed's version of a package (a fresh copy). */
export function seedPackage(id: string): Package {
  return createSeedState().packages.find((p) => p.id === id) as Package;
}

/** The seed's version of a site (a fresh copy). */
export function seedSite(id: string): Site {
  return createSeedState().sites.find((s) => s.id === id) as Site;
}

/** The account family of `accountId`: the parent and all its sub-accounts. */
export function seedFamily(accountId: string): string[] {
  const accounts = createSeedState().accounts;
  const me = accounts.find((a) => a.id === accountId);
  const root = me?.parentAccountId ?? accountId;
  return accounts.filter((a) => a.id === root || a.parentAccountId === root).map((a) => a.id);
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
