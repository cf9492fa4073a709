/** Account lookups and the parent/sub-account family (docs/wix-api.md "Authentication and headers"). */
import type { Account, EmulatorState } from './state.js';

export function findAccount(state: EmulatorState, id: string): Account | undefined {
  return state.accounts.find((a) => a.id === id);
}

/** The family's main account: the parent of a sub-account, else the account itself. */
export function familyRootId(state: EmulatorState, accountId: string): string {
  return findAccount(state, accountId)?.parentAccountId ?? accountId;
}

/** The main account and all its sub-accounts, for any member of the family. */
export function familyAccountIds(state: EmulatorState, accountId: string): Set<string> {
  const root = familyRootId(state, accountId);
  const ids = new Set([root]);
  for (const a of state.accounts) if (a.parentAccountId === root) ids.add(a.id);
  return ids;
}
