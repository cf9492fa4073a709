import { z } from 'zod';
import { entriesWithUniqueIds, fileGuid, jsonFileSetting } from '../config/jsonFile.js';
import { integerSetting, settingGroup, type ConfigOf } from '../config/setting.js';

/** One account of the reseller's family, as the operator names it. */
export interface NamedAccount {
  /** Account GUID, lower case. */
  readonly id: string;
  /** What a dashboard shows for it. */
  readonly name: string;
}

const accountsFile = z.object({
  accounts: entriesWithUniqueIds(
    z.object({
      id: fileGuid('must be an account GUID'),
      name: z.string().trim().min(1, 'must be a non-empty name'),
    }),
    'lists the same account twice',
  ),
});

/** The accounts of the reseller's family the gateway knows by name, and how far lookups go. */
export const accountSettings = settingGroup({
  title: 'Accounts',
  settings: {
    familyAccounts: jsonFileSetting({
      name: 'WIX_ACCOUNTS_FILE',
      defaultText: "unset; the emulator's accounts when it is embedded",
      description:
        'The reseller family\'s accounts and their names, `{ "accounts": [{ "id": "<guid>", "name": "..." }] }`, checked at start-up (a bad entry stops it, named). They name accounts in `viewer.accounts` (after a token\'s own `accountNames`) and are the accounts a caller with `"*"` scope is shown. Unset: only `WIX_ACCOUNT_ID`, unnamed.',
      schema: accountsFile,
      read: ({ accounts }): NamedAccount[] =>
        accounts.map(({ id, name }) => Object.freeze({ id: id.toLowerCase(), name })),
    }),
    siteLookupMaxAccounts: integerSetting({
      name: 'SITE_LOOKUP_MAX_ACCOUNTS',
      unit: 'accounts',
      default: 25,
      min: 1,
      max: 100,
      description:
        'Most accounts `site(id)` searches when it names no `accountId` (one Site List query per account, in parallel; the default account first): the caller\'s scope, or for a `"*"` caller the accounts above. Past it, `NOT_FOUND` says which were searched.',
    }),
  },
});

export type AccountsConfig = ConfigOf<typeof accountSettings>;
