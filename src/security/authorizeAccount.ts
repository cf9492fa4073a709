import { GatewayError, GatewayErrorCode } from '../errors/index.js';
import { mayActOn, type Caller } from './Caller.js';

/**
 * Returns `accountId` when the caller may act on it; FORBIDDEN otherwise.
 * Resolvers call it (through `ctx.accountId`) before any upstream call, so a
 * forbidden call never reaches Wix.
 */
export function authorizeAccount(caller: Caller, accountId: string, isDefault = false): string {
  if (mayActOn(caller, accountId)) return accountId;
  throw new GatewayError(
    GatewayErrorCode.FORBIDDEN,
    isDefault
      ? `Caller "${caller.name}" may not act on the default account "${accountId}"; name an accountId it may act on`
      : `Caller "${caller.name}" may not act on account "${accountId}"`,
    { accountId },
  );
}
