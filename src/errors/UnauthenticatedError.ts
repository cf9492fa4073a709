import { GatewayError, type GatewayErrorExtensions } from './GatewayError.js';

/** `UNAUTHENTICATED`: the caller is not authenticated to the gateway. */
export class UnauthenticatedError extends GatewayError {
  readonly code = 'UNAUTHENTICATED';

  constructor(message: string, extensions: GatewayErrorExtensions = {}) {
    super(message, 'UNAUTHENTICATED', extensions);
  }
}
