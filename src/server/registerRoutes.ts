import type { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyInstance } from 'fastify';
import type { ResolvedConfig } from '../config.js';
import type { GatewayContext } from '../context.js';
import { registerGraphiQL } from '../explorer/registerGraphiQL.js';
import { registerCors } from '../http/registerCors.js';
import { registerGraphQLRefusals, type FormatError } from '../http/registerGraphQLRefusals.js';
import { registerHostAllowList } from '../http/registerHostAllowList.js';
import { registerMetrics } from '../http/registerMetrics.js';
import { registerReadiness } from '../http/registerReadiness.js';
import { ReadinessCheck } from '../readiness/index.js';
import type { SharedStores } from '../scaling/index.js';
import { createAuthenticator } from '../security/createAuthenticator.js';
import { limitBatchSize } from '../security/limitBatchSize.js';
import { registerTrustedDocumentsGuard, type TrustedDocuments } from '../trustedDocuments/index.js';
import {
  noteRefusalCodes,
  registerRequestLogging,
  type GatewayMetrics,
} from '../telemetry/index.js';
import { servesMetricsApart } from './createMetricsApp.js';
import type { ContextFactory } from './createUpstream.js';

const GRAPHQL_PATH = '/graphql';

const GRAPHIQL_DEFAULT_QUERY =
  '{\n  sites(first: 3) {\n    totalCount\n    nodes {\n      id\n      name\n    }\n  }\n}\n';

export interface Routes {
  apollo: ApolloServer<GatewayContext>;
  formatError: FormatError;
  newContext: ContextFactory;
  shared: SharedStores;
  metrics: GatewayMetrics | undefined;
  trustedDocuments: TrustedDocuments | undefined;
}

/**
 * Everything the app answers, in the order requests meet it: refusals, CORS,
 * the log line, the Host allow-list, the trusted-documents guard, health and
 * metrics, GraphiQL, the batch limit, then GraphQL itself.
 */
export async function registerRoutes(
  app: FastifyInstance,
  config: ResolvedConfig,
  routes: Routes,
): Promise<void> {
  registerGraphQLRefusals(app, routes.formatError);
  await registerCors(app, { path: GRAPHQL_PATH, origins: config.http.corsOrigins });
  registerRequestLogging(app, { graphqlPath: GRAPHQL_PATH, metrics: routes.metrics });
  registerHostAllowList(app, config.http.allowedHosts);
  registerTrustedDocumentsGuard(app, {
    path: GRAPHQL_PATH,
    documents: routes.trustedDocuments ?? new Map(),
    enforce: config.trustedDocuments.mode === 'enforce',
  });
  registerHealth(app, config, routes);
  if (routes.metrics && !servesMetricsApart(config)) registerMetrics(app, routes.metrics);
  if (config.explorer.graphiql) {
    await registerGraphiQL(app, {
      path: '/graphiql',
      endpoint: GRAPHQL_PATH,
      defaultQuery: GRAPHIQL_DEFAULT_QUERY,
    });
  }
  limitBatchSize(app, GRAPHQL_PATH, config.limits.maxBatchOperations);
  registerGraphQL(app, config, routes);
}

/** `/healthz` (alive) and `/readyz` (Wix, and Redis when configured, answer). */
function registerHealth(app: FastifyInstance, config: ResolvedConfig, routes: Routes): void {
  app.get('/healthz', async () => ({ status: 'ok' }));
  const upstream = {
    name: 'upstream',
    // Count Sites: the cheapest authenticated read, so a bad key also reads as not ready.
    check: async () => {
      const context = routes.newContext();
      await context.wix.forAccount(context.authorize(config.upstream.accountId)).countSites();
    },
  };
  registerReadiness(app, new ReadinessCheck([upstream, ...routes.shared.probes], config.readiness));
}

/** `/graphql`: the caller is authenticated and rate-limited, then Apollo answers. */
function registerGraphQL(app: FastifyInstance, config: ResolvedConfig, routes: Routes): void {
  const { shared, newContext } = routes;
  const authenticate = shared.limitFailedAuthentication(createAuthenticator(config.auth));
  const answer = fastifyApolloHandler(routes.apollo, {
    context: async (request) => {
      const caller = await authenticate(request.headers.authorization, request.ip);
      // A batched request runs one operation per element; each one counts.
      const operations = Array.isArray(request.body) ? request.body.length : 1;
      await shared.rateLimiter?.(caller, request.ip, operations);
      return newContext(caller, request);
    },
  });
  app.route({
    method: ['GET', 'POST', 'OPTIONS'],
    url: GRAPHQL_PATH,
    async handler(request, reply) {
      const body: unknown = await answer.call(this, request, reply);
      // No telemetry: Apollo answered before an operation ran, so it noted no codes.
      if (request.gatewayTelemetry === null && typeof body === 'string') {
        noteRefusalCodes(request, body);
      }
      return body;
    },
  });
}
