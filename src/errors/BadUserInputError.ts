import { GatewayError, type GatewayErrorExtensions } from './GatewayError.js';

/** `BAD_USER_INPUT`: the request's arguments are invalid; fix them before retrying. `extensions.fieldViolations` lists each bad field when known. */
export class BadUserInputError extends GatewayError {
  readonly code = 'BAD_USER_INPUT';

  constructor(message: string, extensions: GatewayErrorExtensions = {}) {
    super(message, 'BAD_USER_INPUT', extensions);
  }
}
