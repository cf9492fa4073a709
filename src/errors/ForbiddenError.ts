import { GatewayError, type GatewayErrorExtensions } from './GatewayError.js';

/** `FORBIDDEN`: the caller, or the account acted on, may not do this. */
export class ForbiddenError extends GatewayError {
  readonly code = 'FORBIDDEN';

  constructor(message: string, extensions: GatewayErrorExtensions = {}) {
    super(message, 'FORBIDDEN', extensions);
  }
}
