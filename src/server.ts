import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import fastifyApollo from '@as-integrations/fastify';
import type { Tracer } from '@opentelemetry/api';
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from 'fastify';
import type { ResolvedConfig } from './config.js';
import { createContext, type GatewayContext } from './context.js';
import { createUpstreamHttp } from './datasources/index.js';
import { createFormatError } from './errors/index.js';
import { registerGraphiQL } from './explorer/registerGraphiQL.js';
import { legacyJsonStatusPlugin } from './http/legacyJsonStatusPlugin.js';
import { registerCors } from './http/registerCors.js';
import { registerMetrics } from './http/registerMetrics.js';
import { registerReadiness } from './http/registerReadiness.js';
import { ReadinessCheck } from './readiness/index.js';
import { UpstreamPolicies, type BreakerState, type UpstreamApi } from './resilience/index.js';
import { createSharedStores } from './scaling/index.js';
import { buildGatewaySchema } from './buildGatewaySchema.js';
import { AccountDirectory } from './security/AccountDirectory.js';
import { GATEWAY_INTERNAL_CALLER, type Caller } from './security/Caller.js';
import { createAuthenticator } from './security/createAuthenticator.js';
import { CursorSigner } from './security/CursorSigner.js';
import { limitBatchSize } from './security/limitBatchSize.js';
import { LOG_REDACT_PATHS } from './security/logRedaction.js';
import { queryLimitOptions } from './security/queryLimits.js';
import {
  loadTrustedDocuments,
  persistedQueryStatusPlugin,
  registerTrustedDocumentsGuard,
  trustedDocumentsPlugin,
} from './trustedDocuments/index.js';
import {
  createLogStream,
  GatewayMetrics,
  registerRequestLogging,
  requestIdFor,
  telemetryPlugin,
  type LogStream,
  UpstreamDriftLog,
  type TelemetrySinks,
} from './telemetry/index.js';

export interface Gateway {
  app: FastifyInstance;
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
export interface GatewayOptions {
  /**
   * Store of automatic persisted queries (default: on Redis with `REDIS_URL`,
   * else Apollo's bounded in-memory LRU).
   */
  apqCache?: KeyValueCache<string>;
  /**
   * Where JSON log lines go (default: stdout through a bounded buffer, see
   * createLogStream); tests capture them here.
   */
  logStream?: Pick<LogStream, 'write'> & Partial<Pick<LogStream, 'droppedLines'>>;
  /**
   * Tracer of the operation, resolver and upstream spans. index.ts passes one
   * only when `OTEL_*` turns tracing on; without it no span is made.
   */
  tracer?: Tracer;
}

export interface RunningGateway {
  /** GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** Circuit-breaker state of each upstream API. */
  breakerStates(): Record<UpstreamApi, BreakerState>;
  stop(): Promise<void>;
}

/** Builds the HTTP app: Apollo at `/graphql`, a health check at `/healthz`. */
export async function createGateway(
  config: ResolvedConfig,
  options: GatewayOptions = {},
): Promise<Gateway> {
  const schema = await buildGatewaySchema();
  const trustedDocuments =
    config.trustedDocuments.mode === 'off' || config.trustedDocuments.manifest === undefined
      ? undefined
      : await loadTrustedDocuments(config.trustedDocuments.manifest);
  const upstream = createUpstreamHttp({
    baseUrl: config.upstream.baseUrl,
    timeoutMs: config.upstream.timeoutMs,
  });
  const policies = new UpstreamPolicies(config.resilience);
  // Idempotency records, APQ and rate-limit counters: on Redis with REDIS_URL.
  const shared = createSharedStores(config.shared);
  const apqCache = options.apqCache ?? shared.apqCache;
  const metrics = config.telemetry.metricsEnabled
    ? new GatewayMetrics(() => policies.breakerStates())
    : undefined;
  const logStream =
    options.logStream ?? createLogStream({ bufferBytes: config.telemetry.logBufferBytes });
  metrics?.countDroppedLogLines(logStream);
  const telemetry: TelemetrySinks = {
    metrics,
    tracer: options.tracer,
    // Called only once requests run, after `app` below exists.
    driftLog: new UpstreamDriftLog((entry) =>
      app.log.warn({ drift: entry }, 'Wix answer departs from the documented contract'),
    ),
  };
  const app = Fastify({
    logger: { level: config.telemetry.logLevel, redact: [...LOG_REDACT_PATHS], stream: logStream },
    // One line per GraphQL request comes from registerRequestLogging instead.
    logController: new LogController({
      disableRequestLogging: true,
      requestIdLogLabel: 'requestId',
    }),
    genReqId: requestIdFor,
    bodyLimit: config.limits.maxBodyBytes,
  });
  const accountDirectory = new AccountDirectory(
    config.upstream.accountId,
    config.accounts.familyAccounts,
  );
  const authenticate = shared.limitFailedAuthentication(createAuthenticator(config.auth));
  const cursorSigner = new CursorSigner(config.limits.cursorSecret, config.limits.cursorTtlSeconds);
  const limits = queryLimitOptions({
    ...config.limits,
    hideFieldSuggestions: !config.limits.introspection,
  });
  const apollo = new ApolloServer<GatewayContext>({
    schema,
    // Apollo adds stack traces unless NODE_ENV=production; never send them.
    includeStacktraceInErrorResponses: false,
    introspection: config.limits.introspection,
    allowBatchedHttpRequests: config.limits.maxBatchOperations > 1,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError: createFormatError({
      onMaskedError: (error) => app.log.error({ err: error }, 'masked internal error'),
    }),
    // index.ts owns SIGTERM/SIGINT and drains through close() below, with its deadline.
    stopOnTerminationSignals: false,
    ...(apqCache && { persistedQueries: { cache: apqCache } }),
    // Compact JSON: Apollo's default indents every answer by two spaces.
    stringifyResult: (value) => JSON.stringify(value),
    plugins: [
      // No cache hints are used (nothing caches whole responses); the default
      // cache-control plugin would wrap every field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      telemetryPlugin<GatewayContext>(options.tracer),
      legacyJsonStatusPlugin<GatewayContext>(),
      ...limits.plugins,
      ...(trustedDocuments ? [trustedDocumentsPlugin(trustedDocuments)] : []),
      persistedQueryStatusPlugin(),
      config.explorer.sandbox
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  // Requests fastify rejects before Apollo sees them (malformed JSON, body too
  // large, wrong content type) still get a GraphQL-shaped error with a code
  // from the closed set, and never fastify's internals.
  app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    const status = error.statusCode ?? 500;
    const clientError = status >= 400 && status < 500;
    if (!clientError) app.log.error({ err: error }, 'unhandled HTTP error');
    void reply.status(clientError ? status : 500).send({
      errors: [
        clientError
          ? {
              message: error.message,
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: status === 413 ? 'BODY_TOO_LARGE' : 'BAD_REQUEST',
              },
            }
          : { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ],
    });
  });

  // Responses sent once shutdown has begun close their connection, so the
  // drain ends with the last in-flight request instead of waiting for idle
  // keep-alive sockets to time out.
  let closing = false;
  app.addHook('onSend', async (_request, reply) => {
    if (closing) void reply.header('connection', 'close');
  });

  await registerCors(app, { path: '/graphql', origins: config.http.corsOrigins });
  registerRequestLogging(app, { graphqlPath: '/graphql', metrics });
  registerTrustedDocumentsGuard(app, {
    path: '/graphql',
    documents: trustedDocuments ?? new Map(),
    enforce: config.trustedDocuments.mode === 'enforce',
  });
  app.get('/healthz', async () => ({ status: 'ok' }));
  const readiness = new ReadinessCheck(
    [
      {
        name: 'upstream',
        // Count Sites: the cheapest authenticated read, so a bad key also reads as not ready.
        check: async () => {
          const context = newContext();
          await context.wix.forAccount(context.authorize(config.upstream.accountId)).countSites();
        },
      },
      ...shared.probes,
    ],
    config.readiness,
  );
  registerReadiness(app, readiness);
  if (metrics) registerMetrics(app, metrics);
  if (config.explorer.graphiql) {
    await registerGraphiQL(app, {
      path: '/graphiql',
      endpoint: '/graphql',
      defaultQuery:
        '{\n  sites(first: 3) {\n    totalCount\n    nodes {\n      id\n      name\n    }\n  }\n}\n',
    });
  }
  limitBatchSize(app, '/graphql', config.limits.maxBatchOperations);
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request) => {
      const caller = await authenticate(request.headers.authorization, request.ip);
      // A batched request runs one operation per element; each one counts.
      const operations = Array.isArray(request.body) ? request.body.length : 1;
      await shared.rateLimiter?.(caller, request.ip, operations);
      return newContext(caller, request);
    },
  });

  function newContext(
    caller: Caller = GATEWAY_INTERNAL_CALLER,
    request?: FastifyRequest,
  ): GatewayContext {
    const context = createContext({
      caller,
      requestId: request?.id,
      telemetry,
      http: upstream,
      apiKey: config.upstream.apiKey,
      accountDirectory,
      pageSize: { default: config.limits.defaultPageSize, max: config.limits.maxPageSize },
      cursorSigner,
      batching: config.loaders.batching,
      policies,
      requestBudgetMs: config.resilience.requestBudgetMs,
      upstreamTimeouts: {
        connectMs: config.upstream.connectTimeoutMs,
        totalMs: config.upstream.timeoutMs,
      },
      idempotency: shared.idempotency,
      idempotencyTiming: shared.idempotencyTiming,
    });
    if (request) request.gatewayTelemetry = context.telemetry;
    return context;
  }

  return {
    app,
    breakerStates: () => policies.breakerStates(),
    async close() {
      closing = true;
      // Past the deadline, cutting client connections and upstream sockets
      // makes the requests still running fail now instead of holding the exit.
      const deadline = setTimeout(() => {
        app.server.closeAllConnections();
        upstream.close();
      }, config.http.shutdownTimeoutMs);
      try {
        await app.close();
        await apollo.stop();
      } finally {
        clearTimeout(deadline);
        upstream.close();
        await shared.close();
      }
    },
  };
}

/** Starts the gateway on `HOST:PORT` (port 0 picks a free port). */
export async function startGateway(
  config: ResolvedConfig,
  options: GatewayOptions = {},
): Promise<RunningGateway> {
  const gateway = await createGateway(config, options);
  const { port: configuredPort, host: configuredHost } = config.http;
  await gateway.app.listen({ port: configuredPort, host: configuredHost });
  const address = gateway.app.server.address();
  const port = typeof address === 'object' && address ? address.port : configuredPort;
  const host = configuredHost.includes(':') ? `[${configuredHost}]` : configuredHost;
  return {
    url: `http://${host}:${port}/graphql`,
    breakerStates: gateway.breakerStates,
    stop: () => gateway.close(),
  };
}
