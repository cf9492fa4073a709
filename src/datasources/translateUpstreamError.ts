import type { WixErrorBody } from '../wix-api/types.js';
import {
  badUserInput,
  failedPrecondition,
  GatewayError,
  GatewayErrorCode,
  notFound,
  OUTCOME_OPEN,
  upstreamUnavailable,
} from '../errors/index.js';
import { describeUpstreamCode } from './describeUpstreamCode.js';
import { rejectedFields } from './rejectedFields.js';
import type { UpstreamCall } from './UpstreamCall.js';

export interface UpstreamFailure {
  statusCode: number;
  /** The response body as the error envelope's schema read it, if it was a JSON object. */
  body: WixErrorBody | undefined;
  retryAfter: string | undefined;
}

/**
 * Maps a Wix error response onto the gateway's closed error vocabulary. The
 * message is built from the call's `action` and a gateway-written explanation
 * of the upstream code; no upstream text (message, field violations, an
 * undocumented code) is ever forwarded: it can name other accounts (e.g. the
 * real owner of a site) or echo the request's headers. A documented code
 * passes as `extensions.upstreamCode`; any other becomes
 * `reason: UPSTREAM_REJECTED`. The request fields a rejection points at
 * travel in `wireViolations`, for the mutation to name as its arguments.
 */
export function translateUpstreamError(failure: UpstreamFailure, call: UpstreamCall): GatewayError {
  const error = translate(failure, call);
  if (REJECTIONS.has(failure.statusCode)) {
    error.wireViolations = rejectedFields(failure.body, call);
  }
  return error;
}

/** The answers that refuse something the request said: their fields may be placed on inputs. */
const REJECTIONS = new Set([400, 403, 404, 409, 428]);

function translate(failure: UpstreamFailure, call: UpstreamCall): GatewayError {
  const envelope = failure.body;
  const rawCode = envelope?.details?.applicationError?.code;
  const explanation = typeof rawCode === 'string' ? describeUpstreamCode(rawCode) : undefined;
  const upstreamCode = explanation === undefined ? undefined : (rawCode as string);
  const because = (fallback: string) => `Could not ${call.action}: ${explanation ?? fallback}`;
  const status = failure.statusCode;
  const rejected = {
    upstreamCode,
    reason: upstreamCode === undefined ? 'UPSTREAM_REJECTED' : undefined,
  };
  // Without any code, a 403/404/409 is plain; with an undocumented one, say so.
  const rejectedWithCode = rawCode === undefined ? { upstreamCode } : rejected;

  if (status === 400) {
    return badUserInput(because('Wix rejected the request as invalid'), rejected);
  }
  if (status === 401) {
    // The caller did nothing wrong: Wix rejected the gateway's own API key.
    // That is a gateway misconfiguration, not something a client can fix.
    return new GatewayError(
      GatewayErrorCode.INTERNAL_SERVER_ERROR,
      `Could not ${call.action}: Wix rejected the gateway's credentials (configuration error)`,
      { upstreamCode: upstreamCode ?? 'UNAUTHENTICATED' },
    );
  }
  if (status === 403) {
    return new GatewayError(
      GatewayErrorCode.FORBIDDEN,
      because(`account "${call.accountId}" is not allowed to do this`),
      rejectedWithCode,
    );
  }
  if (status === 404) {
    return notFound(because(`not found in account "${call.accountId}"`), rejectedWithCode);
  }
  if (status === 409 || status === 428) {
    return failedPrecondition(because('the current state does not allow it'), rejectedWithCode);
  }
  if (status === 429) {
    const retryAfterSeconds = parseRetryAfter(failure.retryAfter);
    return new GatewayError(
      GatewayErrorCode.RATE_LIMITED,
      `Could not ${call.action}: Wix is throttling requests` +
        (retryAfterSeconds === undefined ? '' : `; retry after ${retryAfterSeconds} s`),
      { upstreamCode, retryAfterSeconds },
    );
  }
  return upstreamUnavailable(
    `Could not ${call.action}: Wix failed with HTTP ${status}` +
      (call.kind === 'write' ? OUTCOME_OPEN : ''),
    { upstreamCode },
  );
}

function parseRetryAfter(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
