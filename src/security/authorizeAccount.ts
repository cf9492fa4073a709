import { GatewayError, GatewayErrorCode } from '../errors/index.js';
import { mayActOn, type Caller } from './Caller.js';

/**
 * Returns `accountId` when the caller may act on it; FORBIDDEN otherwise.
 * Resolvers call it (through `ctx.accountId`) before any upstream call, so a
 * forbidden call never reaches Wix. The message names neither the caller nor
 * the default account: a scoped caller has no business learning either.
 */
export function authorizeAccount(caller: Caller, accountId: string, isDefault = false): string {
  if (mayActOn(caller, accountId)) return accountId;
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
