import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import {
  CatalogProductResolver,
  InstanceMutations,
  PackageConnectionResolver,
  PackageMutations,
  PackageResolver,
  PackageSubscription,
  ProductInstanceResolver,
  ReassignInstanceMutation,
  ReassignInstancePayloadResolver,
  SiteConnectionResolver,
  SiteResolver,
  SiteTransferBlockersResolver,
  SiteTransferMutations,
  ViewerResolver,
} from './resolvers/index.js';
import { validateArgs } from './schema/validateArgs.js';

/**
 * type-graphql refuses a schema with subscriptions unless it has a PubSub,
 * even when every subscription brings its own `subscribe` function (ours
 * do: src/subscriptions/); this one fails loudly if anything ever uses it.
 */
const NO_PUBSUB: PubSub = {
  publish() {
    throw new Error('Subscriptions take their own `subscribe` function; there is no topic PubSub');
  },
  subscribe() {
    throw new Error('Subscriptions take their own `subscribe` function; there is no topic PubSub');
  },
};

/**
 * Builds the executable schema from the GraphQL types (`schema/`) and the
 * resolvers that answer them (`resolvers/`); done once at start-up, never per
 * request.
 */
export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      SiteResolver,
      SiteTransferBlockersResolver,
      SiteConnectionResolver,
      PackageResolver,
      PackageConnectionResolver,
      PackageSubscription,
      ProductInstanceResolver,
      PackageMutations,
      InstanceMutations,
      ReassignInstanceMutation,
      ReassignInstancePayloadResolver,
      SiteTransferMutations,
      ViewerResolver,
      CatalogProductResolver,
    ],
    validateFn: validateArgs,
    pubSub: NO_PUBSUB,
  });
  // type-graphql has no option for the root types' descriptions.
  schema.getQueryType()!.description =
    'Reads. Each takes an optional `accountId` (the Wix account to act on; by default the one account of a caller scoped to exactly one, else the reseller account: see `viewer.defaultAccountId`).';
  schema.getMutationType()!.description =
    'Writes to Wix. Each validates its input before the first upstream call and returns a payload re-read after the change.';
  schema.getSubscriptionType()!.description =
    'Live updates over WebSocket (graphql-ws protocol, same URL as HTTP). Same caller authentication and account scope as queries.';
  return schema;
}

/** The schema as committed in `schema.graphql`: sorted, so diffs show real changes only. */
export function printGatewaySchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
