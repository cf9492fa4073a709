/**
 * Composes the peer's supergraph: GraphQL Mesh's OpenAPI handler turns
 * openapi/wix-reseller.yaml into a subgraph, and `additionalTypeDefs` add the
 * links between types that REST only expresses through filters (resolved in
 * ./links.mjs). Composition runs once at peer start-up, outside any measurement.
 */
import { fileURLToPath } from 'node:url';
import { getComposedSchemaFromConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';
import { createLoggerFromLogging } from '@graphql-hive/gateway';

export const SUBGRAPH = 'Wix';

const OPENAPI_FILE = fileURLToPath(new URL('../openapi/wix-reseller.yaml', import.meta.url));

// The links our gateway exposes natively. Site has no Get endpoint and the
// Resellers filters use dotted keys (`productInstances.siteId`) that Mesh's
// declarative `sourceArgs` would split into nested objects, so all three are
// resolved programmatically (links.mjs) with Mesh's batched in-context SDK.
const LINKS_SDL = /* GraphQL */ `
  extend type ProductInstance {
    site: Site
    package: Package
  }
  extend type Site {
    productInstances: [ProductInstance!]!
  }
`;

/**
 * @param {string} upstreamUrl base URL of the REST API, e.g. the emulator's
 * @returns {Promise<string>} supergraph SDL for Hive Gateway
 */
export async function composePeerSupergraph(upstreamUrl) {
  return getComposedSchemaFromConfig(
    {
      subgraphs: [
        {
          sourceHandler: loadOpenAPISubgraph(SUBGRAPH, {
            source: OPENAPI_FILE,
            endpoint: upstreamUrl,
            // The peer forwards the caller's credentials, as our gateway does.
            operationHeaders: {
              Authorization: '{context.headers.authorization}',
              'wix-account-id': '{context.headers.wix-account-id}',
            },
            // Query endpoints are POSTs; without this they would land under Mutation.
            selectQueryOrMutationField: [
              { type: 'Query', fieldName: 'queryPackages' },
              { type: 'Query', fieldName: 'querySites' },
              { type: 'Query', fieldName: 'countSites' },
            ],
          }),
        },
      ],
      additionalTypeDefs: LINKS_SDL,
    },
    createLoggerFromLogging(false),
  );
}
