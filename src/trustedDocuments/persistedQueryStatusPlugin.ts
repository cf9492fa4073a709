import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Apollo answers an APQ hash it has not cached with HTTP 200; the gateway
 * documents every persisted-query refusal as 400 (`docs/errors.md`), like the
 * trusted-documents guard's own. Apollo Client's persisted-query link reads
 * the error from a 400 body the same way.
 */
export function persistedQueryStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const http = error.extensions?.http as { status?: number } | undefined;
            if (error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND' && http) http.status = 400;
          }
        },
      };
    },
  };
}
