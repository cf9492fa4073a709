import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';

export interface Connection {
  /** The gateway's GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** A caller token of the gateway (sent as `Authorization: Bearer …`); empty when it runs without. */
  token: string;
}

/**
 * The cache: every object with an `id` is normalized by it (the documents
 * select `id` everywhere), and the two connections page relay-style, one
 * list per account (and filter/sort), `fetchMore` appending the next page.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          sites: relayStylePagination(['accountId', 'filter', 'sort']),
          packages: relayStylePagination(['accountId', 'filter', 'sort']),
        },
      },
    },
  });
}

/**
 * Queries and mutations over HTTP, subscriptions over the graphql-ws
 * WebSocket at the same URL, both with the caller's token.
 */
export function createApolloClient({ url, token }: Connection): ApolloClient {
  const authorization = token ? `Bearer ${token}` : undefined;
  const http = new HttpLink({
    uri: url,
    headers: authorization ? { authorization } : {},
  });
  const ws = new GraphQLWsLink(
    createClient({
      url: url.replace(/^http/, 'ws'),
      // Browsers cannot set headers on a WebSocket: the token goes in connection_init.
      connectionParams: authorization ? { authorization } : {},
    }),
  );
  return new ApolloClient({
    link: ApolloLink.split(
      ({ query }) => {
        const definition = getMainDefinition(query);
        return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
      },
      ws,
      http,
    ),
    cache: createCache(),
  });
}
