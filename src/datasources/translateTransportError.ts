import { RequestError, TimeoutError } from 'got';
import {
  InternalServerError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
  type GatewayError,
} from '../errors/index.js';
import type { UpstreamCall } from './WixHttpClient.js';

/**
 * A request that got no HTTP answer: timeout, refused or reset connection.
 * got's own error is dropped here on purpose: its message holds the upstream
 * URL and its options hold the Authorization header.
 */
export function translateTransportError(error: unknown, call: UpstreamCall): GatewayError {
  if (error instanceof TimeoutError) {
    return new UpstreamTimeoutError(
      `Could not ${call.action}: Wix did not answer in time` +
        (call.kind === 'write' ? '; the change may or may not have been applied' : ''),
    );
  }
  if (error instanceof RequestError) {
    return new UpstreamUnavailableError(
      `Could not ${call.action}: Wix could not be reached (${error.code ?? 'connection error'})`,
    );
  }
  return new InternalServerError(`Could not ${call.action}: unexpected client failure`);
}
