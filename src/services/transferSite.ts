import {
  badUserInput,
  failedPrecondition,
  GatewayError,
  isGatewayError,
  notFound,
  oneFieldViolation,
  upstreamUnavailable,
} from '../errors/index.js';
import type { AccountAccess } from '../access/index.js';
import type { Site } from '../wix-api/types.js';
import { transferBlockers } from './transferBlockers.js';

/** What transferSite uses of the account the site goes to. */
export type TransferTarget = Pick<AccountAccess, 'accountId' | 'rereadSite'>;

/** What transferSite uses of the account the site leaves. */
export type TransferSource = TransferTarget &
  Pick<AccountAccess, 'site' | 'packagesOnSite' | 'transferSite'>;

export interface TransferSiteRequest {
  siteId: string;
  notifyOwner: boolean;
}

/**
 * Transfers a site between accounts of the reseller's family. Wix refuses
 * sites with paid services (SITE_TRANSFER_NOT_SUPPORTED) without saying which;
 * checking first lets the error name the blocking instances.
 */
export async function transferSite(
  from: TransferSource,
  to: TransferTarget,
  { siteId, notifyOwner }: TransferSiteRequest,
): Promise<Site> {
  const [fromAccountId, toAccountId] = [from.accountId, to.accountId];
  if (fromAccountId === toAccountId) {
    throw badUserInput(
      `toAccountId "${toAccountId}" is the account the site is transferred from`,
      oneFieldViolation('input.toAccountId', 'SAME_ACCOUNT', 'must differ from fromAccountId'),
    );
  }
  const site = await from.site(siteId);
  if (!site) {
    throw notFound(
      `Site "${siteId}" was not found in account "${fromAccountId}"`,
      oneFieldViolation(
        'input.siteId',
        'SITE_NOT_FOUND',
        'is not a site of the account it is transferred from',
      ),
    );
  }
  const blocking = transferBlockers(await from.packagesOnSite(siteId), siteId);
  if (blocking.length > 0) {
    const list = blocking.map((i) => `"${i.instanceId}" (${i.status})`).join(', ');
    throw failedPrecondition(
      `Site "${siteId}" cannot be transferred: it holds paid services ${list}; cancel or move them first`,
      {
        upstreamCode: 'SITE_TRANSFER_NOT_SUPPORTED',
        blockingInstanceIds: blocking.map((i) => i.instanceId),
      },
    );
  }
  const transfer = () => from.transferSite(siteId, to.accountId, notifyOwner);
  try {
    await transfer();
  } catch (error) {
    // Transfer Site has no idempotency key (docs/wix-api.md "Idempotency"), so the pipeline never
    // repeats it. After an answer that leaves the outcome open (5xx, lost
    // connection, timeout), look where the site is before sending it again:
    // in the target account → it moved, the answer was lost; still in the
    // source → it did not, and one more transfer is safe.
    if (!isGatewayError(error, 'UPSTREAM_UNAVAILABLE', 'UPSTREAM_TIMEOUT')) {
      throw error;
    }
    const where = await locateSite(from, to, siteId, error);
    if (where.moved) return where.moved;
    await transfer();
  }
  const moved = await to.rereadSite(siteId);
  if (!moved) {
    throw upstreamUnavailable(
      `Site "${siteId}" was transferred to account "${toAccountId}" but is not visible there yet; query it again shortly`,
    );
  }
  return moved;
}

/** Where a site is after a transfer whose answer was lost; throws when that cannot be told. */
async function locateSite(
  from: TransferTarget,
  to: TransferTarget,
  siteId: string,
  cause: GatewayError,
): Promise<{ moved?: Site }> {
  const [fromAccountId, toAccountId] = [from.accountId, to.accountId];
  const unknown = (detail: string) =>
    upstreamUnavailable(
      `Transferring site "${siteId}" to account "${toAccountId}" failed and ${detail}; it may or may not have moved: ${cause.message}`,
      { transferState: 'UNKNOWN' },
    );
  try {
    const moved = await to.rereadSite(siteId);
    if (moved) return { moved };
    if (await from.rereadSite(siteId)) return {};
  } catch {
    throw unknown('re-reading the site failed');
  }
  throw unknown(`the site is in neither account "${fromAccountId}" nor "${toAccountId}"`);
}
