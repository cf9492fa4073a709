import { GatewayError, type GatewayErrorExtensions } from './GatewayError.js';

/** `FAILED_PRECONDITION`: the request is well-formed but the current state forbids it (e.g. a site with paid services cannot be transferred). */
export class FailedPreconditionError extends GatewayError {
  readonly code = 'FAILED_PRECONDITION';

  constructor(message: string, extensions: GatewayErrorExtensions = {}) {
    super(message, 'FAILED_PRECONDITION', extensions);
  }
}
