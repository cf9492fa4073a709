import { GatewayError, type GatewayErrorExtensions } from './GatewayError.js';

/** `NOT_FOUND`: the named site, package or instance does not exist in the account acted on. */
export class NotFoundError extends GatewayError {
  readonly code = 'NOT_FOUND';

  constructor(message: string, extensions: GatewayErrorExtensions = {}) {
    super(message, 'NOT_FOUND', extensions);
  }
}
