import type { ApolloServerPlugin } from '@apollo/server';
import { badUserInput } from '../errors/index.js';

/**
 * Refuses a subscription sent over HTTP, pointing at the WebSocket: Apollo
 * would otherwise execute it as a query and fail without a code.
 */
export function subscriptionsOverWebSocketOnly<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw badUserInput(
            'Subscriptions run over WebSocket (graphql-ws protocol) at this same URL; HTTP carries queries and mutations',
            { reason: 'OPERATION_NOT_SUPPORTED', http: { status: 400 } },
          );
        },
      };
    },
  };
}
