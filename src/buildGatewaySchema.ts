import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import {
  InstanceMutations,
  PackageMutations,
  PackageResolver,
  ProductInstanceResolver,
  ReassignInstanceMutation,
  ReassignInstancePayloadResolver,
  SiteConnectionResolver,
  SiteResolver,
  SiteTransferMutations,
  ViewerResolver,
} from './resolvers/index.js';
import { validateArgs } from './schema/validateArgs.js';

/**
 * Builds the executable schema from the GraphQL types (`schema/`) and the
 * resolvers that answer them (`resolvers/`); done once at start-up, never per
 * request.
 */
export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      SiteResolver,
      SiteConnectionResolver,
      PackageResolver,
      ProductInstanceResolver,
      PackageMutations,
      InstanceMutations,
      ReassignInstanceMutation,
      ReassignInstancePayloadResolver,
      SiteTransferMutations,
      ViewerResolver,
    ],
    validateFn: validateArgs,
  });
  // type-graphql has no option for the root types' descriptions.
  schema.getQueryType()!.description =
    'Reads. Each takes an optional `accountId` (the Wix account to act on; by default the one account of a caller scoped to exactly one, else the reseller account: see `viewer.defaultAccountId`).';
  schema.getMutationType()!.description =
    'Writes to Wix. Each validates its input before the first upstream call and returns a payload re-read after the change.';
  return schema;
}

/** The schema as committed in `schema.graphql`: sorted, so diffs show real changes only. */
export function printGatewaySchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
