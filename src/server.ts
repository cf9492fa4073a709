import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { FastifyInstance } from 'fastify';
import type { ResolvedConfig } from './config.js';
import { createFormatError } from './errors/index.js';
import type { BreakerState, UpstreamApi } from './resilience/index.js';
import { createSharedStores } from './scaling/index.js';
import { createApollo } from './server/createApollo.js';
import { createHttpApp, type HttpAppOptions } from './server/createHttpApp.js';
import { createMetricsApp } from './server/createMetricsApp.js';
import { createContextFactory, createUpstream } from './server/createUpstream.js';
import { drainOnClose } from './server/drainOnClose.js';
import { registerRoutes } from './server/registerRoutes.js';
import { registerSubscriptions } from './subscriptions/registerSubscriptions.js';
import { buildGatewaySchema } from './buildGatewaySchema.js';
import { loadTrustedDocuments } from './trustedDocuments/index.js';

export interface Gateway {
  app: FastifyInstance;
  /** `/metrics` alone, when `METRICS_PORT` gives it a listener of its own. */
  metricsApp: FastifyInstance | undefined;
  /** Circuit-breaker state of each upstream API (for health checks and metrics). */
  breakerStates(): Record<UpstreamApi, BreakerState>;
  /**
   * Graceful shutdown: no new connections, in-flight requests finish within
   * `SHUTDOWN_TIMEOUT_MS` (then their connections are cut), upstream sockets
   * are released.
   */
  close(): Promise<void>;
}

/** What the process supplies beyond configuration: shared stores, e.g. on Redis. */
export interface GatewayOptions extends HttpAppOptions {
  /**
   * Store of automatic persisted queries (default: on Redis with `REDIS_URL`,
   * else Apollo's bounded in-memory LRU).
   */
  apqCache?: KeyValueCache<string>;
}

export interface RunningGateway {
  /** GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** `/metrics` on its own listener (`METRICS_PORT`), e.g. `http://127.0.0.1:9464/metrics`. */
  metricsUrl: string | undefined;
  /** Circuit-breaker state of each upstream API. */
  breakerStates(): Record<UpstreamApi, BreakerState>;
  stop(): Promise<void>;
}

/**
 * Builds the HTTP app from its pieces: the upstream (transport, policies,
 * per-request contexts), Apollo, the routes, and the drain on close.
 */
export async function createGateway(
  config: ResolvedConfig,
  options: GatewayOptions = {},
): Promise<Gateway> {
  const upstream = createUpstream(config);
  // Idempotency records, APQ and rate-limit counters: on Redis with REDIS_URL.
  const shared = createSharedStores(config.shared);
  const breakerStates = () => upstream.policies.breakerStates();
  const { app, metrics, telemetry } = createHttpApp(config, breakerStates, options);
  const metricsApp = createMetricsApp(config, metrics);
  const formatError = createFormatError({
    onMaskedError: (error) => app.log.error({ err: error }, 'masked internal error'),
  });
  const { mode, manifest } = config.trustedDocuments;
  const trustedDocuments =
    mode === 'off' || manifest === undefined ? undefined : await loadTrustedDocuments(manifest);
  const schema = await buildGatewaySchema();
  const apollo = await createApollo(config, {
    schema,
    formatError,
    apqCache: options.apqCache ?? shared.apqCache,
    trustedDocuments,
    tracer: options.tracer,
  });
  const close = drainOnClose(app, {
    timeoutMs: config.http.shutdownTimeoutMs,
    onDeadline: () => upstream.http.close(),
    release: async () => {
      try {
        await metricsApp?.close();
        await apollo.stop();
      } finally {
        upstream.http.close();
        await shared.close();
      }
    },
  });
  const newContext = createContextFactory(config, upstream, shared, telemetry);
  await registerRoutes(app, config, {
    apollo,
    formatError,
    newContext,
    shared,
    metrics,
    trustedDocuments,
  });
  registerSubscriptions(app, config, {
    schema,
    formatError,
    newContext,
    shared,
    metrics,
    trustedDocuments,
  });
  return { app, metricsApp, breakerStates, close };
}

/** Starts the gateway on `HOST:PORT` (port 0 picks a free port). */
export async function startGateway(
  config: ResolvedConfig,
  options: GatewayOptions = {},
): Promise<RunningGateway> {
  const gateway = await createGateway(config, options);
  const { port, host } = config.http;
  try {
    const origin = await listen(gateway.app, host, port);
    const { metricsApp } = gateway;
    const metricsOrigin =
      metricsApp && (await listen(metricsApp, host, config.telemetry.metricsPort ?? 0));
    return {
      url: `${origin}/graphql`,
      metricsUrl: metricsOrigin && `${metricsOrigin}/metrics`,
      breakerStates: gateway.breakerStates,
      stop: () => gateway.close(),
    };
  } catch (error) {
    await gateway.close();
    throw error;
  }
}

/** Listens on `host:port` (0 picks a free port) and answers the origin, e.g. `http://127.0.0.1:4000`. */
async function listen(app: FastifyInstance, host: string, port: number): Promise<string> {
  await app.listen({ port, host });
  const address = app.server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return `http://${host.includes(':') ? `[${host}]` : host}:${bound}`;
}
