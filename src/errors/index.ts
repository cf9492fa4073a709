export { createFormatError, type FormatErrorOptions } from './formatError.js';
export {
  badUserInput,
  failedPrecondition,
  GatewayError,
  GatewayErrorCode,
  isGatewayError,
  notFound,
  OUTCOME_OPEN,
  upstreamUnavailable,
  type GatewayErrorExtensions,
} from './GatewayError.js';
export {
  oneFieldViolation,
  placeWireViolations,
  type ArgumentOf,
  type FieldViolation,
} from './fieldViolations.js';
