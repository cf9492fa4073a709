import { GatewayError, type GatewayErrorExtensions } from './GatewayError.js';

/** `INTERNAL_SERVER_ERROR`: a fault in the gateway itself (or its configuration); details are logged, never sent. */
export class InternalServerError extends GatewayError {
  readonly code = 'INTERNAL_SERVER_ERROR';

  constructor(message: string, extensions: GatewayErrorExtensions = {}) {
    super(message, 'INTERNAL_SERVER_ERROR', extensions);
  }
}
