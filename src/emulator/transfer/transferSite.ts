/**
 * B2B Transfer Site (docs/wix-api.md): moves a site from the source account (body) to
 * the target account (`wix-account-id`). Checks run in the order of the
 * errors table; the transfer is synchronous, as Wix documents.
 */
import type { SiteTransfer } from '../../wix-api/types.js';
import { findAccount } from '../accounts.js';
import { WixError } from '../errors.js';
import { allInstances } from '../resellers/lookups.js';
import type { EmulatorState } from '../state.js';

export function transferSite(
  state: EmulatorState,
  targetAccountId: string,
  transfer: SiteTransfer,
  now: string,
): void {
  const siteId = transfer.siteId.toLowerCase();
  const sourceAccountId = transfer.sourceAccountId.toLowerCase();
  if (!findAccount(state, targetAccountId)) {
    throw WixError.application(
      'TARGET_ACCOUNT_ID_NOT_FOUND',
      `Target account ${targetAccountId} was not found`,
    );
  }
  const allowed = state.allowedTransfers.some(
    (t) => t.sourceAccountId === sourceAccountId && t.targetAccountId === targetAccountId,
  );
  if (!allowed) {
    throw WixError.application(
      'SITE_TRANSFER_NOT_ALLOWED',
      `Transfers from account ${transfer.sourceAccountId} to account ${targetAccountId} are not allowed`,
    );
  }
  const site = state.sites.find((s) => s.id === siteId && s.ownerAccountId === sourceAccountId);
  if (!site) {
    // B2B answers SITE_NOT_FOUND as 400 INVALID_ARGUMENT, unlike Resellers' 404 (docs/wix-api.md "B2B Site Management › Transfer Site").
    throw WixError.application(
      'SITE_NOT_FOUND',
      `Site ${transfer.siteId} was not found in account ${transfer.sourceAccountId}`,
      { status: 400 },
    );
  }
  const paid = allInstances(state).some(
    ({ instance }) => instance.siteId === site.id && instance.status !== 'CANCELED',
  );
  if (paid) {
    throw WixError.application(
      'SITE_TRANSFER_NOT_SUPPORTED',
      `Site ${site.id} has paid Wix services; cancel them before transferring the site`,
    );
  }
  site.ownerAccountId = targetAccountId;
  site.contributorAccountIds = [targetAccountId];
  // Folders belong to the source account's site list.
  delete site.folderId;
  site.updatedDate = now;
}
