/**
 * Gateway configuration, read from the environment once at start-up.
 *
 * Every option is documented here with its unit and default, and in the
 * README's Configuration table. A bad value stops start-up with an error that
 * names the variable; nothing else in the gateway reads `process.env`.
 */

import { readFileSync } from 'node:fs';
import { parseCallerTokens, type CallerToken } from './security/callerTokens.js';
import type { JwtConfig } from './security/jwtConfig.js';

export interface GatewayConfig extends SecurityConfig, ScalingConfig {
  /** TCP port the gateway listens on. `PORT`, default 4000; 0 picks a free port. */
  readonly port: number;
  /** Interface the gateway binds to. `HOST`, default `127.0.0.1` (loopback only). */
  readonly host: string;
  /**
   * Wix account-level API key, sent raw (no `Bearer`) in `Authorization`.
   * `WIX_API_KEY`, no default: when unset, `npm start` runs the embedded emulator.
   */
  readonly wixApiKey: string | undefined;
  /**
   * The reseller's main Wix account (GUID): the `wix-account-id` used when a
   * query or mutation names no `accountId`. `WIX_ACCOUNT_ID`; required with
   * `WIX_API_KEY`, defaults to the seed's reseller account on the emulator.
   */
  readonly wixAccountId: string | undefined;
  /** Base URL of the Wix REST APIs. `WIX_API_BASE_URL`, default `https://www.wixapis.com`. */
  readonly wixApiBaseUrl: string;
  /** Port of the embedded emulator when no key is set. `WIX_EMULATOR_PORT`, default 4010. */
  readonly emulatorPort: number;
  /** Total deadline of one upstream HTTP call, in milliseconds. `UPSTREAM_TIMEOUT_MS`, default 10000. */
  readonly upstreamTimeoutMs: number;
  /** Deadline to open the TCP (and TLS) connection of one upstream call, in milliseconds. `UPSTREAM_CONNECT_TIMEOUT_MS`, default 2000. */
  readonly upstreamConnectTimeoutMs: number;
  /**
   * Time budget of one GraphQL request for all its upstream calls, retries and
   * waits, in milliseconds. `REQUEST_BUDGET_MS`, default 30000. No retry or
   * `Retry-After` wait starts that would end past it; a call started with the
   * budget spent fails with `UPSTREAM_TIMEOUT`.
   */
  readonly requestBudgetMs: number;
  /**
   * Retries of one upstream call after a transient failure (5xx, connection
   * error, timeout, 429 within `RATE_LIMIT_MAX_WAIT_MS`); reads, and writes
   * that carry an idempotency key, only. `UPSTREAM_RETRIES`, default 2 (so at
   * most 3 attempts); 0 turns retries off.
   */
  readonly upstreamRetries: number;
  /** First retry delay in milliseconds, doubled per retry, with full jitter. `RETRY_BASE_DELAY_MS`, default 100. */
  readonly retryBaseDelayMs: number;
  /** Largest retry delay (before jitter), in milliseconds. `RETRY_MAX_DELAY_MS`, default 2000. */
  readonly retryMaxDelayMs: number;
  /**
   * Process-wide retry budget: retries may add at most this percentage of the
   * calls of the last 10 s (plus 10 retries), so an upstream outage is not
   * multiplied by retry storms. `RETRY_BUDGET_PERCENT` (0–1000), default 20.
   */
  readonly retryBudgetPercent: number;
  /**
   * Longest 429 `Retry-After` the gateway waits out before retrying, in
   * milliseconds; a longer one answers `RATE_LIMITED` with the wait in
   * `extensions.retryAfterSeconds`. `RATE_LIMIT_MAX_WAIT_MS`, default 2000.
   */
  readonly rateLimitMaxWaitMs: number;
  /**
   * Consecutive failed attempts (5xx, connection error, timeout) on one
   * upstream API (Resellers, Site Transfer, Sites) that open its circuit
   * breaker; calls then fail fast with `UPSTREAM_UNAVAILABLE`.
   * `BREAKER_FAILURE_THRESHOLD`, default 10.
   */
  readonly breakerFailureThreshold: number;
  /** How long an open breaker fails fast before letting one probe call through, in milliseconds. `BREAKER_HALF_OPEN_AFTER_MS`, default 10000. */
  readonly breakerHalfOpenAfterMs: number;
  /** Page size of `sites`/`packages` when `first` is omitted. `DEFAULT_PAGE_SIZE`, default 20. */
  readonly defaultPageSize: number;
  /** Largest `first` accepted by `sites`/`packages`. `MAX_PAGE_SIZE`, default 100 (the upstream page limit). */
  readonly maxPageSize: number;
  /**
   * Serve Apollo Sandbox at `/graphql` in a browser. `SANDBOX`, default `true`,
   * `false` when `NODE_ENV=production`.
   */
  readonly sandbox: boolean;
  /**
   * DataLoader batching and caching of upstream reads within one GraphQL
   * request. `GATEWAY_BATCHING`, default `true`: the keys of one tick go out in
   * one call (at most 100, the upstream page limit), deduped, and list results
   * answer later lookups. `false` is the naive baseline of the benchmark (issue
   * 5): one upstream call per item, nothing reused; not for production.
   */
  readonly batching: boolean;
  /** `NODE_ENV=production`: production defaults (below) apply. `NODE_ENV`, default unset. */
  readonly production: boolean;
  /** Serve the offline GraphiQL explorer at `/graphiql`. `GRAPHIQL`, default `true` (`false` in production). */
  readonly graphiql: boolean;
  /**
   * On SIGTERM/SIGINT, how long in-flight requests may run before their
   * connections are cut, in milliseconds. `SHUTDOWN_TIMEOUT_MS`, default 10000.
   */
  readonly shutdownTimeoutMs: number;
  /** Deadline of the upstream probe behind `GET /readyz`, in milliseconds. `READINESS_TIMEOUT_MS`, default 1000. */
  readonly readinessTimeoutMs: number;
  /** How long a `GET /readyz` verdict is reused, in milliseconds. `READINESS_CACHE_MS`, default 2000. */
  readonly readinessCacheMs: number;
  /**
   * Trusted documents: `off` (any document; automatic persisted queries),
   * `allow` (manifest documents also run by hash, anything else too) or
   * `enforce` (only manifest documents run). `TRUSTED_DOCUMENTS`, default `off`.
   */
  readonly trustedDocuments: 'off' | 'allow' | 'enforce';
  /**
   * Path of the trusted documents manifest (JSON `{ "<sha256>": "<document>" }`,
   * as codegen's `persisted-documents.json`). `TRUSTED_DOCUMENTS_MANIFEST`;
   * required unless `TRUSTED_DOCUMENTS` is `off`.
   */
  readonly trustedDocumentsManifest: string | undefined;
  /**
   * Least severe pino level written to stdout as JSON lines (one per GraphQL
   * request at `info`). `LOG_LEVEL`: `fatal`, `error`, `warn`, `info`,
   * `debug`, `trace` or `silent`; default `info`.
   */
  readonly logLevel: LogLevel;
  /** Serve Prometheus metrics at `GET /metrics`. `METRICS_ENABLED`, default `true`. */
  readonly metricsEnabled: boolean;
  /** OpenTelemetry tracing, from the standard `OTEL_*` variables; off by default. */
  readonly tracing: TracingConfig;
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface TracingConfig {
  /**
   * On when `OTEL_TRACES_EXPORTER` is `otlp` or `console`, or (with it unset)
   * when `OTEL_EXPORTER_OTLP_ENDPOINT` or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`
   * is set; `OTEL_SDK_DISABLED=true` or `OTEL_TRACES_EXPORTER=none` keeps it
   * off. Default: off.
   */
  readonly enabled: boolean;
  /** Where spans go: OTLP over HTTP (endpoint and headers from `OTEL_EXPORTER_OTLP_*`) or stdout. */
  readonly exporter: 'otlp' | 'console';
  /** `service.name` of every span. `OTEL_SERVICE_NAME`, default `wix-reseller-graphql-gateway`. */
  readonly serviceName: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function loadConfig(env: Env): GatewayConfig {
  const wixApiKey = optionalString(env, 'WIX_API_KEY');
  const wixAccountId = optionalString(env, 'WIX_ACCOUNT_ID');
  if (wixAccountId !== undefined && !GUID.test(wixAccountId)) {
    throw new ConfigError(`WIX_ACCOUNT_ID must be a GUID, got "${wixAccountId}"`);
  }
  if (wixApiKey !== undefined && wixAccountId === undefined) {
    throw new ConfigError(
      'WIX_ACCOUNT_ID is required when WIX_API_KEY is set (the reseller main account)',
    );
  }
  const defaultPageSize = integer(env, 'DEFAULT_PAGE_SIZE', 20, 1, 100);
  const maxPageSize = integer(env, 'MAX_PAGE_SIZE', 100, 1, 100);
  if (defaultPageSize > maxPageSize) {
    throw new ConfigError(
      `DEFAULT_PAGE_SIZE (${defaultPageSize}) must not exceed MAX_PAGE_SIZE (${maxPageSize})`,
    );
  }
  const production = isProduction(env);
  if (production && wixApiKey === undefined) {
    // The embedded emulator is for development: a deployment that lost its
    // key must not come up answering with seed data.
    throw new ConfigError('WIX_API_KEY is required when NODE_ENV=production');
  }
  const trustedDocuments = oneOf(env, 'TRUSTED_DOCUMENTS', ['off', 'allow', 'enforce'], 'off');
  const trustedDocumentsManifest = optionalString(env, 'TRUSTED_DOCUMENTS_MANIFEST');
  if (trustedDocuments !== 'off' && trustedDocumentsManifest === undefined) {
    throw new ConfigError(
      `TRUSTED_DOCUMENTS_MANIFEST (a manifest path) is required when TRUSTED_DOCUMENTS is "${trustedDocuments}"`,
    );
  }
  return Object.freeze({
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: optionalString(env, 'HOST') ?? '127.0.0.1',
    wixApiKey,
    wixAccountId,
    wixApiBaseUrl: url(env, 'WIX_API_BASE_URL', 'https://www.wixapis.com'),
    emulatorPort: integer(env, 'WIX_EMULATOR_PORT', 4010, 0, 65535),
    upstreamTimeoutMs: integer(env, 'UPSTREAM_TIMEOUT_MS', 10_000, 1, 600_000),
    upstreamConnectTimeoutMs: integer(env, 'UPSTREAM_CONNECT_TIMEOUT_MS', 2_000, 1, 600_000),
    requestBudgetMs: integer(env, 'REQUEST_BUDGET_MS', 30_000, 1, 600_000),
    upstreamRetries: integer(env, 'UPSTREAM_RETRIES', 2, 0, 10),
    retryBaseDelayMs: integer(env, 'RETRY_BASE_DELAY_MS', 100, 0, 60_000),
    retryMaxDelayMs: integer(env, 'RETRY_MAX_DELAY_MS', 2_000, 0, 600_000),
    retryBudgetPercent: integer(env, 'RETRY_BUDGET_PERCENT', 20, 0, 1_000),
    rateLimitMaxWaitMs: integer(env, 'RATE_LIMIT_MAX_WAIT_MS', 2_000, 0, 600_000),
    breakerFailureThreshold: integer(env, 'BREAKER_FAILURE_THRESHOLD', 10, 1, 1_000),
    breakerHalfOpenAfterMs: integer(env, 'BREAKER_HALF_OPEN_AFTER_MS', 10_000, 1, 3_600_000),
    defaultPageSize,
    maxPageSize,
    sandbox: boolean(env, 'SANDBOX', !isProduction(env)),
    ...securityConfig(env),
    ...scalingConfig(env),
    batching: boolean(env, 'GATEWAY_BATCHING', true),
    production,
    graphiql: boolean(env, 'GRAPHIQL', !production),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    readinessTimeoutMs: integer(env, 'READINESS_TIMEOUT_MS', 1_000, 1, 60_000),
    readinessCacheMs: integer(env, 'READINESS_CACHE_MS', 2_000, 0, 600_000),
    trustedDocuments,
    trustedDocumentsManifest,
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      'info',
    ),
    metricsEnabled: boolean(env, 'METRICS_ENABLED', true),
    tracing: tracingConfig(env),
  });
}

function tracingConfig(env: Env): TracingConfig {
  const exporter = oneOf(env, 'OTEL_TRACES_EXPORTER', ['otlp', 'console', 'none'], 'otlp');
  const endpointSet =
    optionalString(env, 'OTEL_EXPORTER_OTLP_ENDPOINT') !== undefined ||
    optionalString(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT') !== undefined;
  const chosen = optionalString(env, 'OTEL_TRACES_EXPORTER') !== undefined;
  return Object.freeze({
    enabled:
      !boolean(env, 'OTEL_SDK_DISABLED', false) && exporter !== 'none' && (chosen || endpointSet),
    exporter: exporter === 'console' ? 'console' : 'otlp',
    serviceName: optionalString(env, 'OTEL_SERVICE_NAME') ?? 'wix-reseller-graphql-gateway',
  });
}

function optionalString(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optionalString(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = optionalString(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (!(values as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${values.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = optionalString(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function url(env: Env, name: string, fallback: string): string {
  const raw = optionalString(env, name) ?? fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be an absolute http(s) URL, got "${raw}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ConfigError(`${name} must be an absolute http(s) URL, got "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}

/** Hostile-input limits and caller access control (issue 4); README "Security". */
export interface SecurityConfig {
  /**
   * Whether the schema can be introspected (`__schema`, `__type`).
   * `INTROSPECTION`, default `true`, `false` when `NODE_ENV=production`.
   */
  readonly introspection: boolean;
  /** Deepest field nesting of an operation, in levels. `MAX_QUERY_DEPTH`, default 10. */
  readonly maxQueryDepth: number;
  /** Most aliases in one operation. `MAX_ALIASES`, default 15. */
  readonly maxAliases: number;
  /** Most directives in one document. `MAX_DIRECTIVES`, default 10. */
  readonly maxDirectives: number;
  /** Most lexical tokens in one document; the parser stops past it. `MAX_QUERY_TOKENS`, default 3000. */
  readonly maxQueryTokens: number;
  /**
   * Largest estimated cost of one operation, in points: 1 per field, a list's
   * selection counted once per item (`first`, or the default page size, for
   * connections; `QUERY_COST_LIST_SIZE` for other lists). `MAX_QUERY_COST`, default 5000.
   */
  readonly maxQueryCost: number;
  /** Items assumed in a list of objects without `first` (e.g. `productInstances`), for the cost. `QUERY_COST_LIST_SIZE`, default 10. */
  readonly queryCostListSize: number;
  /** Largest HTTP request body, in bytes. `MAX_BODY_BYTES`, default 1048576 (1 MiB). */
  readonly maxBodyBytes: number;
  /**
   * Most operations in one HTTP request (a JSON array body). `MAX_BATCH_OPERATIONS`,
   * default 1: batching is off; each operation of a batch is limited on its own.
   */
  readonly maxBatchOperations: number;
  /**
   * Callers' static bearer tokens and the accounts each may act on, from
   * `GATEWAY_TOKENS` (JSON) or `GATEWAY_TOKENS_FILE` (path of a JSON file):
   * `{ "<token>" | "sha256:<hex>": { "name": "...", "accounts": ["<guid>", ...] | "*" } }`.
   * Default: none. With neither tokens nor JWT, every call is let through (development only).
   */
  readonly callerTokens: readonly CallerToken[];
  /** Callers' JWT verification (`GATEWAY_JWT_*`, see JwtConfig). Default: off. */
  readonly jwt: JwtConfig | undefined;
  /**
   * Let calls through without caller authentication even with
   * `NODE_ENV=production`. `GATEWAY_ALLOW_ANONYMOUS`, default `false`: in
   * production, start-up fails unless tokens or JWT are configured.
   */
  readonly allowAnonymous: boolean;
}

function isProduction(env: Env): boolean {
  return optionalString(env, 'NODE_ENV') === 'production';
}

function securityConfig(env: Env): SecurityConfig {
  const production = isProduction(env);
  const callerTokens = loadCallerTokens(env);
  const jwt = loadJwtConfig(env);
  const allowAnonymous = boolean(env, 'GATEWAY_ALLOW_ANONYMOUS', false);
  if (production && !allowAnonymous && callerTokens.length === 0 && jwt === undefined) {
    throw new ConfigError(
      'NODE_ENV=production needs caller authentication: set GATEWAY_TOKENS, GATEWAY_TOKENS_FILE or GATEWAY_JWT_* (or GATEWAY_ALLOW_ANONYMOUS=true to run open)',
    );
  }
  return {
    introspection: boolean(env, 'INTROSPECTION', !production),
    maxQueryDepth: integer(env, 'MAX_QUERY_DEPTH', 10, 1, 100),
    maxAliases: integer(env, 'MAX_ALIASES', 15, 0, 1_000),
    maxDirectives: integer(env, 'MAX_DIRECTIVES', 10, 0, 1_000),
    maxQueryTokens: integer(env, 'MAX_QUERY_TOKENS', 3_000, 10, 1_000_000),
    maxQueryCost: integer(env, 'MAX_QUERY_COST', 5_000, 1, 100_000_000),
    queryCostListSize: integer(env, 'QUERY_COST_LIST_SIZE', 10, 1, 1_000),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 1_048_576, 1_024, 104_857_600),
    maxBatchOperations: integer(env, 'MAX_BATCH_OPERATIONS', 1, 1, 100),
    callerTokens,
    jwt,
    allowAnonymous,
  };
}

function loadCallerTokens(env: Env): readonly CallerToken[] {
  const inline = optionalString(env, 'GATEWAY_TOKENS');
  const file = optionalString(env, 'GATEWAY_TOKENS_FILE');
  if (inline !== undefined && file !== undefined) {
    throw new ConfigError('Set GATEWAY_TOKENS or GATEWAY_TOKENS_FILE, not both');
  }
  const name = inline !== undefined ? 'GATEWAY_TOKENS' : 'GATEWAY_TOKENS_FILE';
  let json = inline;
  if (file !== undefined) {
    try {
      json = readFileSync(file, 'utf8');
    } catch {
      throw new ConfigError(`GATEWAY_TOKENS_FILE: cannot read "${file}"`);
    }
  }
  if (json === undefined) return Object.freeze([]);
  try {
    return Object.freeze(parseCallerTokens(json).map((token) => Object.freeze(token)));
  } catch (error) {
    // The message never repeats a token.
    throw new ConfigError(`${name} ${(error as Error).message}`);
  }
}

function loadJwtConfig(env: Env): JwtConfig | undefined {
  const jwksUrl = optionalString(env, 'GATEWAY_JWT_JWKS_URL');
  const publicKey = optionalString(env, 'GATEWAY_JWT_PUBLIC_KEY');
  const secret = optionalString(env, 'GATEWAY_JWT_SECRET');
  const sources = [jwksUrl, publicKey, secret].filter((v) => v !== undefined).length;
  if (sources === 0) return undefined;
  if (sources > 1) {
    throw new ConfigError(
      'Set only one of GATEWAY_JWT_JWKS_URL, GATEWAY_JWT_PUBLIC_KEY, GATEWAY_JWT_SECRET',
    );
  }
  if (jwksUrl !== undefined) url(env, 'GATEWAY_JWT_JWKS_URL', jwksUrl);
  if (publicKey !== undefined && !publicKey.includes('-----BEGIN PUBLIC KEY-----')) {
    throw new ConfigError('GATEWAY_JWT_PUBLIC_KEY must be a PEM public key (BEGIN PUBLIC KEY)');
  }
  if (secret !== undefined && secret.length < 32) {
    throw new ConfigError('GATEWAY_JWT_SECRET must be at least 32 characters');
  }
  const algorithm = optionalString(env, 'GATEWAY_JWT_ALGORITHM') ?? (secret ? 'HS256' : 'RS256');
  const symmetric = /^HS(256|384|512)$/.test(algorithm);
  if (!/^(HS|RS|PS|ES)(256|384|512)$|^EdDSA$/.test(algorithm) || symmetric !== !!secret) {
    throw new ConfigError(
      `GATEWAY_JWT_ALGORITHM must be ${secret ? 'HS256, HS384 or HS512 with a secret' : 'an asymmetric algorithm (RS256, ES256, EdDSA, …) with a public key or JWKS'}, got "${algorithm}"`,
    );
  }
  const issuer = optionalString(env, 'GATEWAY_JWT_ISSUER');
  const audience = optionalString(env, 'GATEWAY_JWT_AUDIENCE');
  if (issuer === undefined || audience === undefined) {
    throw new ConfigError('GATEWAY_JWT_ISSUER and GATEWAY_JWT_AUDIENCE are required with JWT');
  }
  return Object.freeze({
    jwksUrl,
    publicKey,
    secret,
    algorithm,
    issuer,
    audience,
    accountsClaim: optionalString(env, 'GATEWAY_JWT_ACCOUNTS_CLAIM') ?? 'wix_accounts',
  });
}

/** State shared between replicas (issue 6); README "Scaling out". */
export interface ScalingConfig {
  /**
   * Redis holding what replicas share: idempotency records, automatic
   * persisted queries, rate-limit counters (`redis://[:password@]host[:port][/db]`,
   * or `rediss://` for TLS). `REDIS_URL`, default unset: all of it stays in
   * this process's memory, correct for one replica only.
   */
  readonly redisUrl: string | undefined;
  /** Prefix of every Redis key the gateway writes. `REDIS_KEY_PREFIX`, default `wix-gateway:`. */
  readonly redisKeyPrefix: string;
  /**
   * Deadline of connecting to Redis and of each Redis command, in
   * milliseconds. `REDIS_TIMEOUT_MS`, default 1000.
   */
  readonly redisTimeoutMs: number;
  /** How long an automatic persisted query stays registered in Redis, in seconds. `APQ_TTL_SECONDS`, default 86400 (24 h). */
  readonly apqTtlSeconds: number;
  /**
   * How long a mutation's result is remembered under the caller's
   * `idempotencyKey`, in seconds. `IDEMPOTENCY_TTL_SECONDS`, default 86400 (24 h).
   */
  readonly idempotencyTtlSeconds: number;
  /**
   * How long a repeat waits for the first run of the same `idempotencyKey`
   * (on this or another replica) to finish before answering
   * `IDEMPOTENCY_KEY_IN_USE`, in milliseconds. `IDEMPOTENCY_WAIT_MS`, default 2000.
   */
  readonly idempotencyWaitMs: number;
  /**
   * GraphQL operations one caller (token name or JWT subject; the client
   * address when caller authentication is off) may run per minute, across
   * replicas when `REDIS_URL` is set; past it, `RATE_LIMITED` with
   * `retryAfterSeconds`. `RATE_LIMIT_PER_MINUTE`, default 0: no limit.
   */
  readonly rateLimitPerMinute: number;
}

function scalingConfig(env: Env): ScalingConfig {
  const redisUrl = optionalString(env, 'REDIS_URL');
  if (redisUrl !== undefined) {
    let protocol: string | undefined;
    try {
      protocol = new URL(redisUrl).protocol;
    } catch {
      protocol = undefined;
    }
    // The URL may carry a password: never repeat it.
    if (protocol !== 'redis:' && protocol !== 'rediss:') {
      throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL');
    }
  }
  return {
    redisUrl,
    redisKeyPrefix: optionalString(env, 'REDIS_KEY_PREFIX') ?? 'wix-gateway:',
    redisTimeoutMs: integer(env, 'REDIS_TIMEOUT_MS', 1_000, 1, 60_000),
    apqTtlSeconds: integer(env, 'APQ_TTL_SECONDS', 86_400, 1, 31_536_000),
    idempotencyTtlSeconds: integer(env, 'IDEMPOTENCY_TTL_SECONDS', 86_400, 60, 2_592_000),
    idempotencyWaitMs: integer(env, 'IDEMPOTENCY_WAIT_MS', 2_000, 0, 60_000),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 0, 0, 1_000_000),
  };
}
