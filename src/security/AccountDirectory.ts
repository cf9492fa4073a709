import type { NamedAccount } from './accountSettings.js';
import { mayActOn, type Caller } from './Caller.js';

/** An account as a caller sees it: its GUID and the name configuration gives it, if any. */
export interface KnownAccount {
  readonly id: string;
  readonly name: string | null;
}

/**
 * The accounts the gateway knows (the reseller's main account and the family
 * of `WIX_ACCOUNTS_FILE`) and what each caller makes of them: which account it
 * acts on by default, which it may act on, and their names. Built once at
 * start-up; holds no request state.
 */
export class AccountDirectory {
  private readonly names: ReadonlyMap<string, string>;
  private readonly family: readonly string[];

  /** `WIX_ACCOUNT_ID` (lower case): the account acted on when none is named. */
  readonly resellerAccountId: string;

  constructor(
    resellerAccountId: string,
    familyAccounts: readonly NamedAccount[] = [],
    /** `SITE_LOOKUP_MAX_ACCOUNTS`: most accounts one lookup without `accountId` searches. */
    private readonly lookupMaxAccounts = 25,
  ) {
    this.resellerAccountId = resellerAccountId.toLowerCase();
    this.names = new Map(familyAccounts.map((a) => [a.id, a.name]));
    this.family = [...new Set([this.resellerAccountId, ...familyAccounts.map((a) => a.id)])];
  }

  /**
   * The account an operation acts on when it names none: the one account of a
   * caller scoped to exactly one, else the reseller's main account (which the
   * caller may still be forbidden to act on).
   */
  defaultFor(caller: Caller): string {
    return caller.accounts !== '*' && caller.accounts.length === 1
      ? caller.accounts[0]
      : this.resellerAccountId;
  }

  /** The account acted on by default when the caller may act on it, else null. */
  usableDefaultFor(caller: Caller): string | null {
    const account = this.defaultFor(caller);
    return mayActOn(caller, account) ? account : null;
  }

  /**
   * The accounts the caller may act on that the gateway can list: its scope,
   * or for a `"*"` caller the configured family; the default account first.
   */
  accountsOf(caller: Caller): KnownAccount[] {
    const ids = caller.accounts === '*' ? this.family : caller.accounts;
    const first = this.usableDefaultFor(caller);
    const ordered = first === null ? ids : [first, ...ids.filter((id) => id !== first)];
    return ordered.map((id) => ({ id, name: this.nameOf(caller, id) }));
  }

  /**
   * Where to look for an object when the caller names no account: the
   * accounts of `accountsOf`, at most `SITE_LOOKUP_MAX_ACCOUNTS`, and how
   * many were left out.
   */
  lookupAccountsOf(caller: Caller): { accounts: string[]; notSearched: number } {
    const all = this.accountsOf(caller).map((a) => a.id);
    const accounts = all.slice(0, this.lookupMaxAccounts);
    return { accounts, notSearched: all.length - accounts.length };
  }

  /** The caller's own label for the account, else the configured family's, else null. */
  nameOf(caller: Caller, accountId: string): string | null {
    const id = accountId.toLowerCase();
    return caller.accountNames?.get(id) ?? this.names.get(id) ?? null;
  }
}
