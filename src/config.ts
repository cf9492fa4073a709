/**
 * Gateway configuration, read from the environment once at start-up.
 *
 * Every option is documented here with its unit and default, and in the
 * README's Configuration table. A bad value stops start-up with an error that
 * names the variable; nothing else in the gateway reads `process.env`.
 */

import {
  boolean,
  ConfigError,
  integer,
  isProduction,
  oneOf,
  optionalString,
  url,
  type Env,
} from './config/envReaders.js';
import { corsConfig, type CorsConfig } from './config/corsConfig.js';
import { scalingConfig, type ScalingConfig } from './config/scalingConfig.js';
import { securityConfig, type SecurityConfig } from './config/securityConfig.js';

export { ConfigError };
export type { CorsConfig, ScalingConfig, SecurityConfig };

export interface GatewayConfig extends SecurityConfig, ScalingConfig, CorsConfig {
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
   * connections are cut, in milliseconds; buffered log lines get what is left
   * of it, and the process exits by then plus 0.5 s whatever is still pending.
   * `SHUTDOWN_TIMEOUT_MS`, default 10000.
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
  /**
   * Most bytes of log lines held in memory while stdout is slower than the
   * gateway (a stalled log shipper): lines beyond it are dropped and counted
   * in `gateway_log_lines_dropped_total`, so logging never holds requests or
   * memory. `LOG_BUFFER_BYTES` (4096–268435456), default 1048576 (1 MiB).
   */
  readonly logBufferBytes: number;
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
    ...corsConfig(env),
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
    logBufferBytes: integer(env, 'LOG_BUFFER_BYTES', 1_048_576, 4_096, 268_435_456),
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
