import type { ApolloServerPlugin } from '@apollo/server';

/** Apollo's codes for a document that does not parse, does not validate, or whose variables do not coerce. */
const DOCUMENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
]);

/**
 * GraphQL over HTTP: a client that accepts only `application/json` (one that
 * predates `application/graphql-response+json`) may treat any non-200 answer
 * as a transport failure and never read the errors, so parse, validation and
 * variable-coercion failures are answered 200 to it, as the spec recommends.
 * Clients that accept `application/graphql-response+json` (Apollo Client,
 * graphql-http) keep the 400. Other request errors (no query, bad body) stay
 * 400 for everyone.
 */
export function legacyJsonStatusPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request }) {
      if (!acceptsOnlyJson(request.http?.headers.get('accept'))) return;
      return {
        async willSendResponse({ response, errors }) {
          if (
            response.http.status === 400 &&
            response.body.kind === 'single' &&
            !('data' in response.body.singleResult) &&
            errors !== undefined &&
            errors.length > 0 &&
            errors.every((error) => DOCUMENT_ERROR_CODES.has(String(error.extensions.code)))
          ) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}

function acceptsOnlyJson(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  return accept
    .split(',')
    .every((range) => range.split(';', 1)[0].trim().toLowerCase() === 'application/json');
}
