import { GatewayError, type GatewayErrorExtensions } from './GatewayError.js';

/** `UPSTREAM_TIMEOUT`: Wix did not answer within the configured deadline; the change may or may not have happened. */
export class UpstreamTimeoutError extends GatewayError {
  readonly code = 'UPSTREAM_TIMEOUT';

  constructor(message: string, extensions: GatewayErrorExtensions = {}) {
    super(message, 'UPSTREAM_TIMEOUT', extensions);
  }
}
