import type { Redis } from 'ioredis';
import { GatewayErrorCode, isGatewayError } from '../errors/index.js';
import type { Caller } from './Caller.js';
import type { Authenticator } from './createAuthenticator.js';
import { fixedWindow, rateLimited } from './createRateLimiter.js';

/** Authenticates a request from `clientAddress`; throws UNAUTHENTICATED or RATE_LIMITED. */
export type AddressAuthenticator = (
  authorization: string | undefined,
  clientAddress: string,
) => Promise<Caller>;

/**
 * Wraps the authenticator with a per-address limit on failed authentications
 * (`perMinute` failures per one-minute window; 0 turns it off). Once an
 * address is over the limit, every request from it is refused, with a valid
 * token or not, until the window ends: a guesser learns nothing from a
 * success, and unauthenticated floods stop before any JWT verification.
 */
export function limitFailedAuthentication(
  authenticate: Authenticator,
  options: { perMinute: number; redis?: Redis },
): AddressAuthenticator {
  if (options.perMinute === 0) return (authorization) => authenticate(authorization);
  const failures = fixedWindow('auth-failures', options.perMinute, options.redis);
  const refusal = (retryAfterSeconds: number) =>
    rateLimited(
      `Too many failed authentications from this address; retry after ${retryAfterSeconds} s`,
      'AUTH_FAILURE_LIMIT',
      retryAfterSeconds,
    );
  return async (authorization, clientAddress) => {
    const key = `address:${clientAddress}`;
    const blocked = await failures.exhausted(key);
    if (blocked !== undefined) throw refusal(blocked);
    try {
      return await authenticate(authorization);
    } catch (error) {
      if (isGatewayError(error, GatewayErrorCode.UNAUTHENTICATED)) await failures.consume(key, 1);
      throw error;
    }
  };
}
