import type { AccountScope } from './callerTokens.js';

/** Who is calling the gateway, and on which Wix accounts it may act. Built per request. */
export interface Caller {
  /** The token's name or the JWT's `sub`; for logs and error messages. */
  readonly name: string;
  readonly accounts: AccountScope;
  /** Display names the caller's token gives its accounts, by lower-case GUID. */
  readonly accountNames?: ReadonlyMap<string, string>;
  /**
   * The credential presented, as a digest (`token:<sha256>` of a static token,
   * `jwt:<sha256 of iss and sub>`): what per-caller counters are keyed by, so
   * two credentials that share a display name never share a bucket. Absent
   * for the gateway's built-in callers.
   */
  readonly credential?: string;
}

/**
 * The caller of every request when no caller authentication is configured
 * (local development on the emulator): it may act on every account.
 */
export const UNAUTHENTICATED_DEVELOPMENT_CALLER: Caller = Object.freeze({
  name: 'anonymous (caller authentication is off)',
  accounts: '*',
});

/** Whether `caller` may act on (read or write as) `accountId`; GUIDs compare case-insensitively. */
export function mayActOn(caller: Caller, accountId: string): boolean {
  return caller.accounts === '*' || caller.accounts.includes(accountId.toLowerCase());
}

/** The gateway's own calls that no client made (e.g. the readiness probe). */
export const GATEWAY_INTERNAL_CALLER: Caller = Object.freeze({
  name: 'gateway (internal)',
  accounts: '*',
});
