import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { Tracer } from '@opentelemetry/api';
import type { GatewayConfig } from '../config.js';
import type { GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../context.js';
import type { FormatError } from '../http/registerGraphQLRefusals.js';
import { legacyJsonStatusPlugin } from '../http/legacyJsonStatusPlugin.js';
import { gatewayCosting } from './gatewayCosting.js';
import { queryLimitOptions } from '../security/queryLimits.js';
import { subscriptionsOverWebSocketOnly } from '../subscriptions/subscriptionsOverWebSocketOnly.js';
import {
  persistedQueryStatusPlugin,
  trustedDocumentsPlugin,
  type TrustedDocuments,
} from '../trustedDocuments/index.js';
import { telemetryPlugin } from '../telemetry/index.js';

export interface ApolloOptions {
  /** The gateway schema (buildGatewaySchema), shared with the WebSocket subscriptions. */
  schema: GraphQLSchema;
  formatError: FormatError;
  /** Store of automatic persisted queries; undefined leaves Apollo's bounded in-memory LRU. */
  apqCache: KeyValueCache<string> | undefined;
  /** Published documents, when `TRUSTED_DOCUMENTS` is not `off`. */
  trustedDocuments: TrustedDocuments | undefined;
  tracer: Tracer | undefined;
}

/** Apollo Server over the gateway schema, with the query limits and plugins, started. */
export async function createApollo(
  config: GatewayConfig,
  options: ApolloOptions,
): Promise<ApolloServer<GatewayContext>> {
  const { limits } = config;
  const limitOptions = queryLimitOptions<GatewayContext>(
    { ...limits, hideFieldSuggestions: !limits.introspection },
    gatewayCosting(limits),
  );
  const apollo = new ApolloServer<GatewayContext>({
    schema: options.schema,
    // Apollo adds stack traces unless NODE_ENV=production; never send them.
    includeStacktraceInErrorResponses: false,
    introspection: limits.introspection,
    allowBatchedHttpRequests: limits.maxBatchOperations > 1,
    validationRules: limitOptions.validationRules,
    parseOptions: limitOptions.parseOptions,
    formatError: options.formatError,
    // index.ts owns SIGTERM/SIGINT and drains through the gateway's close(), with its deadline.
    stopOnTerminationSignals: false,
    ...(options.apqCache && { persistedQueries: { cache: options.apqCache } }),
    // Compact JSON: Apollo's default indents every answer by two spaces.
    stringifyResult: (value) => JSON.stringify(value),
    plugins: [
      // No cache hints are used (nothing caches whole responses); the default
      // cache-control plugin would wrap every field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      telemetryPlugin<GatewayContext>(options.tracer),
      legacyJsonStatusPlugin<GatewayContext>(),
      subscriptionsOverWebSocketOnly<GatewayContext>(),
      ...limitOptions.plugins,
      ...(options.trustedDocuments ? [trustedDocumentsPlugin(options.trustedDocuments)] : []),
      persistedQueryStatusPlugin(),
      config.explorer.sandbox
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  return apollo;
}
