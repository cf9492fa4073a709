import { GraphQLError } from 'graphql';

/**
 * The closed set of `extensions.code` values a client can receive. README's
 * "Error codes" table documents each; adding one is a breaking change.
 */
export type GatewayErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FAILED_PRECONDITION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_TIMEOUT'
  | 'INTERNAL_SERVER_ERROR';

/** Extra, client-safe facts about a failure; never upstream URLs, bodies or keys. */
export interface GatewayErrorExtensions {
  /** The upstream's own `details.applicationError.code`, e.g. `SITE_TRANSFER_NOT_SUPPORTED`. */
  upstreamCode?: string;
  [key: string]: unknown;
}

/**
 * Base of every error the gateway reports on purpose. `formatError` lets these
 * through unchanged and masks anything else, so a message here must already be
 * safe to show a client.
 */
export abstract class GatewayError extends GraphQLError {
  abstract readonly code: GatewayErrorCode;

  protected constructor(
    message: string,
    code: GatewayErrorCode,
    extensions: GatewayErrorExtensions,
  ) {
    super(message, { extensions: { ...withoutUndefined(extensions), code } });
    this.name = new.target.name;
  }
}

function withoutUndefined(extensions: GatewayErrorExtensions): GatewayErrorExtensions {
  return Object.fromEntries(Object.entries(extensions).filter(([, v]) => v !== undefined));
}
