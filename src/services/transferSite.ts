import {
  BadUserInputError,
  FailedPreconditionError,
  NotFoundError,
  UpstreamUnavailableError,
} from '../errors/index.js';
import type { Package, Site, SiteTransfer } from '../wix-api/types.js';

export interface TransferSitePorts {
  findSite(accountId: string, siteId: string): Promise<Site | null>;
  packagesOnSite(accountId: string, siteId: string): Promise<Package[]>;
  transfer(targetAccountId: string, transfer: SiteTransfer): Promise<unknown>;
  /** Reads the site fresh (nothing cached from before the transfer). */
  rereadSite(accountId: string, siteId: string): Promise<Site | null>;
}

export interface TransferSiteRequest {
  siteId: string;
  fromAccountId: string;
  toAccountId: string;
  notifyOwner: boolean;
}

/**
 * Transfers a site between accounts of the reseller's family. Wix refuses
 * sites with paid services (SITE_TRANSFER_NOT_SUPPORTED) without saying which;
 * checking first lets the error name the blocking instances.
 */
export async function transferSite(
  ports: TransferSitePorts,
  request: TransferSiteRequest,
): Promise<Site> {
  const { siteId, fromAccountId, toAccountId } = request;
  if (fromAccountId === toAccountId) {
    throw new BadUserInputError(
      `toAccountId "${toAccountId}" is the account the site is transferred from`,
      {
        fieldViolations: [
          { field: 'input.toAccountId', description: 'must differ from fromAccountId' },
        ],
      },
    );
  }
  const site = await ports.findSite(fromAccountId, siteId);
  if (!site) {
    throw new NotFoundError(`Site "${siteId}" was not found in account "${fromAccountId}"`);
  }
  const blocking = (await ports.packagesOnSite(fromAccountId, siteId))
    .flatMap((pkg) => pkg.productInstances)
    .filter((i) => i.siteId === siteId && i.status !== 'CANCELED');
  if (blocking.length > 0) {
    const list = blocking.map((i) => `"${i.instanceId}" (${i.status})`).join(', ');
    throw new FailedPreconditionError(
      `Site "${siteId}" cannot be transferred: it holds paid services ${list}; cancel or move them first`,
      {
        upstreamCode: 'SITE_TRANSFER_NOT_SUPPORTED',
        blockingInstanceIds: blocking.map((i) => i.instanceId),
      },
    );
  }
  await ports.transfer(toAccountId, {
    siteId,
    sourceAccountId: fromAccountId,
    enableNotifications: request.notifyOwner,
  });
  const moved = await ports.rereadSite(toAccountId, siteId);
  if (!moved) {
    throw new UpstreamUnavailableError(
      `Site "${siteId}" was transferred to account "${toAccountId}" but is not visible there yet; query it again shortly`,
    );
  }
  return moved;
}
