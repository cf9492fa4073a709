import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GatewayError } from './GatewayError.js';

/**
 * Apollo's own request-level codes. They describe a malformed request (bad
 * document, unknown field, variables of the wrong type, bad HTTP body), so they
 * all map to BAD_USER_INPUT; the original code stays in `extensions.reason`
 * for tooling that wants the finer distinction.
 */
const CLIENT_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export interface FormatErrorOptions {
  /** Called with each masked error so the operator still sees it. */
  onMaskedError?: (error: unknown) => void;
}

/**
 * Apollo `formatError` hook: the single place an error becomes client-visible.
 * GatewayErrors pass as they are; request errors raised by Apollo or graphql-js
 * before execution become BAD_USER_INPUT; anything else (a bug, a raw upstream
 * error, a graphql-js execution error) is masked so it cannot leak internals.
 */
export function createFormatError(options: FormatErrorOptions = {}) {
  return function formatError(
    formatted: GraphQLFormattedError,
    error: unknown,
  ): GraphQLFormattedError {
    const original = unwrapResolverError(error);
    if (original instanceof GatewayError) {
      return {
        message: original.message,
        ...(formatted.locations && { locations: formatted.locations }),
        ...(formatted.path && { path: formatted.path }),
        extensions: { ...withoutHttp(original.extensions), code: original.code },
      };
    }
    const code = formatted.extensions?.code;
    if (
      formatted.path === undefined &&
      typeof code === 'string' &&
      CLIENT_REQUEST_CODES.has(code)
    ) {
      return {
        message: formatted.message,
        ...(formatted.locations && { locations: formatted.locations }),
        // A query-limit rule gives a finer reason (QUERY_TOO_DEEP, …) than Apollo's code.
        extensions: {
          code: 'BAD_USER_INPUT',
          reason:
            typeof formatted.extensions?.reason === 'string' ? formatted.extensions.reason : code,
        },
      };
    }
    options.onMaskedError?.(original);
    return {
      message: 'Internal server error',
      ...(formatted.path && { path: formatted.path }),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** `extensions.http` sets the HTTP status for Apollo; it is not for clients. */
function withoutHttp(extensions: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(extensions).filter(([key]) => key !== 'http'));
}
