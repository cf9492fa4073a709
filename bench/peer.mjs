/**
 * Starts the peer: Hive Gateway serving the supergraph that GraphQL Mesh
 * generates from openapi/wix-reseller.yaml, on 127.0.0.1 only.
 */
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { composePeerSupergraph } from './peer/compose.mjs';
import { linkResolvers } from './peer/links.mjs';

/**
 * @param {{ upstreamUrl: string, port?: number }} options `port` 0 (default) picks a free one
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>} `url` is the GraphQL endpoint
 */
export async function startPeer({ upstreamUrl, port = 0 }) {
  const supergraph = await composePeerSupergraph(upstreamUrl);
  const gateway = createGatewayRuntime({
    supergraph,
    additionalResolvers: [linkResolvers],
    logging: false,
    landingPage: false,
  });
  const server = createServer(gateway);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}/graphql`,
    stop: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      // Load-test clients leave keep-alive sockets open; close() alone would wait on them.
      server.closeAllConnections();
      await closed;
      await gateway.dispose();
    },
  };
}
