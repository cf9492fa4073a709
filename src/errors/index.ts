export { BadUserInputError } from './BadUserInputError.js';
export { FailedPreconditionError } from './FailedPreconditionError.js';
export { ForbiddenError } from './ForbiddenError.js';
export { createFormatError, type FormatErrorOptions } from './formatError.js';
export {
  GatewayError,
  type GatewayErrorCode,
  type GatewayErrorExtensions,
} from './GatewayError.js';
export { InternalServerError } from './InternalServerError.js';
export { NotFoundError } from './NotFoundError.js';
export { RateLimitedError } from './RateLimitedError.js';
export { UnauthenticatedError } from './UnauthenticatedError.js';
export { UpstreamTimeoutError } from './UpstreamTimeoutError.js';
export { UpstreamUnavailableError } from './UpstreamUnavailableError.js';
