/**
 * Starts our gateway from its compiled output. Never import the TypeScript
 * sources here: type-graphql needs the decorator metadata that only tsc emits.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIST = new URL('../dist/', import.meta.url);

/**
 * The naive target (the "no batching, no caching" baseline): the environment that turns the
 * gateway's DataLoader batching and caching off (`src/loaders/batchingSettings.ts`), so every
 * item costs its own upstream call. `null` would skip the target.
 * @type {Record<string, string> | null}
 */
export const NAIVE_MODE_ENV = { GATEWAY_BATCHING: 'false' };

/**
 * Node flags the gateway runs with, as in the root package.json's `start` and
 * `start:prod`: a 32 MB young-generation semi-space halves the scavenges of a
 * process that allocates per field (5-16 % more req/s measured, +30-170 MB
 * peak RSS). The floor and the peer run with Node's defaults.
 */
export const GATEWAY_NODE_FLAGS = ['--max-semi-space-size=32'];

/** @returns {string | undefined} why the gateway cannot be benchmarked yet, if it cannot */
export function gatewayMissing({ naive = false } = {}) {
  for (const file of ['server.js', 'config.js']) {
    if (!existsSync(fileURLToPath(new URL(file, DIST)))) {
      return `dist/${file} not built (the gateway has not landed, or run npm run build)`;
    }
  }
  if (naive && NAIVE_MODE_ENV === null)
    return 'no naive-mode switch yet (bench/gateway.mjs NAIVE_MODE_ENV)';
  return undefined;
}

/**
 * @param {{ upstreamUrl: string, apiKey: string, accountId: string, naive?: boolean }} options
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>} `url` is the GraphQL endpoint
 */
export async function startGatewayTarget({ upstreamUrl, apiKey, accountId, naive = false }) {
  const missing = gatewayMissing({ naive });
  if (missing) throw new Error(missing);
  // dist/index.js does this for `npm start`; type-graphql reads decorator
  // metadata at import time, so it must come before the server module.
  await import('reflect-metadata');
  const { loadConfig } = await import(new URL('config.js', DIST).href);
  const { startGateway } = await import(new URL('server.js', DIST).href);
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    WIX_API_KEY: apiKey,
    WIX_ACCOUNT_ID: accountId,
    WIX_API_BASE_URL: upstreamUrl,
    SANDBOX: 'false',
    // The floor and the peer check no caller either; token checks belong to the gateway's access control.
    GATEWAY_ALLOW_ANONYMOUS: 'true',
    // Required in production (the bench runs its targets so); one process needs no shared one.
    CURSOR_SECRET: randomBytes(32).toString('base64url'),
    // The growth run reads pages of up to 100 packages with their sites, and
    // load runs make thousands of upstream calls a minute from one address:
    // the bench measures what they cost, not the cost limits' policy.
    MAX_UPSTREAM_CALLS: '100000',
    MAX_RESPONSE_OBJECTS: '100000000',
    UPSTREAM_CALLS_PER_MINUTE: '0',
    ...(naive ? NAIVE_MODE_ENV : {}),
  });
  const gateway = await startGateway(config);
  const url = gateway.url.endsWith('/graphql')
    ? gateway.url
    : new URL('/graphql', gateway.url).href;
  return { url, stop: () => gateway.stop() };
}
