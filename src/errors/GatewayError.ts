import { GraphQLError } from 'graphql';
import type { FieldViolation } from './fieldViolations.js';

/**
 * The closed set of `extensions.code` values a client can receive (docs/errors.md
 * documents each); adding one is a breaking change.
 */
export const GatewayErrorCode = {
  /** The request's arguments are invalid; fix them before retrying. `extensions.fieldViolations` names each bad input when known. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The named site, package or instance does not exist in the account acted on. */
  NOT_FOUND: 'NOT_FOUND',
  /** The request is well-formed but the current state forbids it (e.g. a site with paid services cannot be transferred). */
  FAILED_PRECONDITION: 'FAILED_PRECONDITION',
  /** The caller is not authenticated to the gateway. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The caller, or the account acted on, may not do this. */
  FORBIDDEN: 'FORBIDDEN',
  /**
   * Wix throttled the gateway, or the caller passed the gateway's own
   * `RATE_LIMIT_PER_MINUTE` (`reason: GATEWAY_RATE_LIMIT`) or
   * `UPSTREAM_CALLS_PER_MINUTE` (`reason: UPSTREAM_CALL_BUDGET`); retry after
   * `extensions.retryAfterSeconds`.
   */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Wix failed (5xx) or could not be reached; retrying later may help. */
  UPSTREAM_UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  /** Wix did not answer within the configured deadline; the change may or may not have happened. */
  UPSTREAM_TIMEOUT: 'UPSTREAM_TIMEOUT',
  /** A fault in the gateway itself (or its configuration); details are logged, never sent. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type GatewayErrorCode = (typeof GatewayErrorCode)[keyof typeof GatewayErrorCode];

/**
 * Ends the message of a write whose answer was lost: the caller must not
 * assume either outcome. Dropped once reading back settled it.
 */
export const OUTCOME_OPEN = '; the change may or may not have been applied';

/** Extra, client-safe facts about a failure; never upstream URLs, bodies or keys. */
export interface GatewayErrorExtensions {
  /** The upstream's own `details.applicationError.code`, e.g. `SITE_TRANSFER_NOT_SUPPORTED`. */
  upstreamCode?: string;
  /** With RATE_LIMITED (and a retryable FAILED_PRECONDITION): when to try again, in seconds. */
  retryAfterSeconds?: number;
  [key: string]: unknown;
}

/**
 * Every error the gateway reports on purpose, whatever its code. `formatError`
 * lets these through unchanged and masks anything else, so a message here must
 * already be safe to show a client.
 */
export class GatewayError extends GraphQLError {
  readonly code: GatewayErrorCode;
  /**
   * The fields of the upstream request a Wix rejection concerns, by their
   * path in that request (`products[0].billingInfo`). Never sent to a client:
   * the mutation that built the request names them as its arguments
   * (`placeWireViolations`) and drops any it cannot name.
   */
  wireViolations: readonly FieldViolation[] = [];

  constructor(code: GatewayErrorCode, message: string, extensions: GatewayErrorExtensions = {}) {
    super(message, { extensions: { ...withoutUndefined(extensions), code } });
    this.name = 'GatewayError';
    this.code = code;
  }
}

/** Whether `error` is a GatewayError, of one of `codes` when given. */
export function isGatewayError(
  error: unknown,
  ...codes: GatewayErrorCode[]
): error is GatewayError {
  return error instanceof GatewayError && (codes.length === 0 || codes.includes(error.code));
}

export const badUserInput = (message: string, extensions?: GatewayErrorExtensions) =>
  new GatewayError(GatewayErrorCode.BAD_USER_INPUT, message, extensions);

export const notFound = (message: string, extensions?: GatewayErrorExtensions) =>
  new GatewayError(GatewayErrorCode.NOT_FOUND, message, extensions);

export const failedPrecondition = (message: string, extensions?: GatewayErrorExtensions) =>
  new GatewayError(GatewayErrorCode.FAILED_PRECONDITION, message, extensions);

export const upstreamUnavailable = (message: string, extensions?: GatewayErrorExtensions) =>
  new GatewayError(GatewayErrorCode.UPSTREAM_UNAVAILABLE, message, extensions);

function withoutUndefined(extensions: GatewayErrorExtensions): GatewayErrorExtensions {
  return Object.fromEntries(Object.entries(extensions).filter(([, v]) => v !== undefined));
}
