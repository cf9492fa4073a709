/** B2B Site Management: Transfer Site (docs/wix-api.md). */
import type { FastifyInstance } from 'fastify';
import type { SiteTransfer, TransferSiteResponse } from '../../wix-api/types.js';
import { routerPath } from '../../wix-api/endpoints.js';
import type { EmulatorContext } from '../context.js';
import { transferSite } from '../transfer/transferSite.js';
import { bodyObject, Violations } from '../validation.js';

const route = (routeName: string) => ({ config: { routeName } });

export function registerSiteTransferRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  app.post(routerPath('transferSite'), route('transferSite'), async (request) => {
    const transfer = parseTransfer(bodyObject(request.body));
    transferSite(ctx.store.state, request.accountId, transfer, new Date(ctx.now()).toISOString());
    ctx.store.save();
    const response: TransferSiteResponse = { siteTransfer: transfer };
    return response;
  });
}

function parseTransfer(body: Record<string, unknown>): SiteTransfer {
  const v = new Violations();
  const raw = body.siteTransfer;
  if (!v.object('siteTransfer', raw, true)) v.throwIfAny();
  const t = raw as Record<string, unknown>;
  v.guid('siteTransfer.siteId', t.siteId, true);
  v.guid('siteTransfer.sourceAccountId', t.sourceAccountId, true);
  v.boolean('siteTransfer.enableNotifications', t.enableNotifications);
  v.throwIfAny();
  // The response echoes the request (docs/wix-api.md "Known slips in Wix's examples"), so keep the caller's spelling of the IDs.
  const transfer: SiteTransfer = {
    siteId: t.siteId as string,
    sourceAccountId: t.sourceAccountId as string,
  };
  if (t.enableNotifications !== undefined)
    transfer.enableNotifications = t.enableNotifications as boolean;
  return transfer;
}
