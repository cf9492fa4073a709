import { GatewayError, type GatewayErrorExtensions } from './GatewayError.js';

/**
 * `RATE_LIMITED`: Wix throttled the gateway, or the caller passed the
 * gateway's own `RATE_LIMIT_PER_MINUTE` (`reason: GATEWAY_RATE_LIMIT`); retry
 * after `extensions.retryAfterSeconds`.
 */
export class RateLimitedError extends GatewayError {
  readonly code = 'RATE_LIMITED';

  constructor(
    message: string,
    extensions: GatewayErrorExtensions & { retryAfterSeconds?: number } = {},
  ) {
    super(message, 'RATE_LIMITED', extensions);
  }
}
