import { GatewayError, GatewayErrorCode } from '../errors/index.js';
import { mayActOn, type Caller } from './Caller.js';

declare const authorized: unique symbol;

/**
 * An account ID this request's caller was found allowed to act on. Only
 * authorizeAccount makes one, and the upstream is reached only through an
 * account of this type (WixAccess.forAccount), so no read or write can skip
 * the check.
 */
export type AuthorizedAccount = string & { readonly [authorized]: true };

/**
 * Returns `accountId` when the caller may act on it; FORBIDDEN otherwise.
 * Resolvers call it (through `ctx.authorize`) before any upstream call, so a
 * forbidden call never reaches Wix. The message names neither the caller nor
 * the default account: a scoped caller has no business learning either.
 */
export function authorizeAccount(
  caller: Caller,
  accountId: string,
  isDefault = false,
): AuthorizedAccount {
  if (mayActOn(caller, accountId)) return accountId as AuthorizedAccount;
  if (isDefault) {
    throw new GatewayError(
      GatewayErrorCode.FORBIDDEN,
      'This caller may not act on the default account; name an accountId it may act on',
    );
  }
  throw new GatewayError(
    GatewayErrorCode.FORBIDDEN,
    `This caller may not act on account "${accountId}"`,
    { accountId },
  );
}
