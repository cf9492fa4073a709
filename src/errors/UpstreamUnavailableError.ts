import { GatewayError, type GatewayErrorExtensions } from './GatewayError.js';

/** `UPSTREAM_UNAVAILABLE`: Wix failed (5xx) or could not be reached; retrying later may help. */
export class UpstreamUnavailableError extends GatewayError {
  readonly code = 'UPSTREAM_UNAVAILABLE';

  constructor(message: string, extensions: GatewayErrorExtensions = {}) {
    super(message, 'UPSTREAM_UNAVAILABLE', extensions);
  }
}
