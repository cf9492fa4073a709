import {
  GatewayError,
  GatewayErrorCode,
  OUTCOME_OPEN,
  upstreamUnavailable,
} from '../errors/index.js';
import { UpstreamTransportError } from './createUpstreamHttp.js';
import type { UpstreamCall } from './UpstreamCall.js';

/**
 * A request that got no HTTP answer: timeout, refused or reset connection.
 * Only the transport's reason and Node's error code are kept: nothing that
 * could carry the upstream URL or the Authorization header reaches a client.
 */
export function translateTransportError(error: unknown, call: UpstreamCall): GatewayError {
  if (error instanceof UpstreamTransportError && error.reason === 'timeout') {
    return new GatewayError(
      GatewayErrorCode.UPSTREAM_TIMEOUT,
      `Could not ${call.action}: Wix did not answer in time` +
        (call.kind === 'write' ? OUTCOME_OPEN : ''),
    );
  }
  if (error instanceof UpstreamTransportError) {
    return upstreamUnavailable(
      `Could not ${call.action}: Wix could not be reached (${error.code ?? 'connection error'})`,
    );
  }
  return new GatewayError(
    GatewayErrorCode.INTERNAL_SERVER_ERROR,
    `Could not ${call.action}: unexpected client failure`,
  );
}
