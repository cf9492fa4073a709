import { notFound, oneFieldViolation } from '../errors/index.js';
import type { Site } from '../wix-api/types.js';

/**
 * Looks for a site in several accounts at once (one lookup per account, all
 * started together) and answers the first account in `accounts`' order that
 * holds it. Site List answers only for the account in `wix-account-id`, so a
 * site that moved (a transfer) is found only by asking its new owner. When no
 * account holds it but some lookup failed, that failure is thrown: NOT_FOUND
 * would be a guess.
 */
export async function findSiteInAccounts(
  load: (accountId: string) => Promise<Site | null>,
  siteId: string,
  accounts: readonly string[],
  /** Accounts the caller may act on that were left out by the limit. */
  notSearched: number,
): Promise<{ site: Site; accountId: string }> {
  const results = await Promise.allSettled(accounts.map((account) => load(account)));
  for (const [index, result] of results.entries()) {
    if (result.status === 'fulfilled' && result.value) {
      return { site: result.value, accountId: accounts[index] };
    }
  }
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  const searched = accounts.map((a) => `"${a}"`).join(', ');
  const beyond =
    notSearched > 0
      ? ` (${notSearched === 1 ? '1 more account' : `${notSearched} more accounts`} the caller may act on ${notSearched === 1 ? 'was' : 'were'} not searched: SITE_LOOKUP_MAX_ACCOUNTS)`
      : '';
  return Promise.reject(
    notFound(
      `Site "${siteId}" was not found in account${accounts.length === 1 ? '' : 's'} ${searched}${beyond}; pass accountId to look in another account`,
      {
        searchedAccountIds: [...accounts],
        ...oneFieldViolation('id', 'SITE_NOT_FOUND', 'is not a site of the accounts searched'),
      },
    ),
  );
}
