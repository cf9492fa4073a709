import {
  badUserInput,
  failedPrecondition,
  GatewayError,
  isGatewayError,
  notFound,
  upstreamUnavailable,
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
    throw badUserInput(`toAccountId "${toAccountId}" is the account the site is transferred from`, {
      fieldViolations: [
        { field: 'input.toAccountId', description: 'must differ from fromAccountId' },
      ],
    });
  }
  const site = await ports.findSite(fromAccountId, siteId);
  if (!site) {
    throw notFound(`Site "${siteId}" was not found in account "${fromAccountId}"`);
  }
  const blocking = (await ports.packagesOnSite(fromAccountId, siteId))
    .flatMap((pkg) => pkg.productInstances)
    .filter((i) => i.siteId === siteId && i.status !== 'CANCELED');
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
  const transfer = () =>
    ports.transfer(toAccountId, {
      siteId,
      sourceAccountId: fromAccountId,
      enableNotifications: request.notifyOwner,
    });
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
    const where = await locateSite(ports, request, error);
    if (where.moved) return where.moved;
    await transfer();
  }
  const moved = await ports.rereadSite(toAccountId, siteId);
  if (!moved) {
    throw upstreamUnavailable(
      `Site "${siteId}" was transferred to account "${toAccountId}" but is not visible there yet; query it again shortly`,
    );
  }
  return moved;
}

/** Where a site is after a transfer whose answer was lost; throws when that cannot be told. */
async function locateSite(
  ports: TransferSitePorts,
  { siteId, fromAccountId, toAccountId }: TransferSiteRequest,
  cause: GatewayError,
): Promise<{ moved?: Site }> {
  const unknown = (detail: string) =>
    upstreamUnavailable(
      `Transferring site "${siteId}" to account "${toAccountId}" failed and ${detail}; it may or may not have moved: ${cause.message}`,
      { transferState: 'UNKNOWN' },
    );
  try {
    const moved = await ports.rereadSite(toAccountId, siteId);
    if (moved) return { moved };
    if (await ports.rereadSite(fromAccountId, siteId)) return {};
  } catch {
    throw unknown('re-reading the site failed');
  }
  throw unknown(`the site is in neither account "${fromAccountId}" nor "${toAccountId}"`);
}
