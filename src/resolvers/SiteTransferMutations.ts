import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { TransferSiteArgs } from '../schema/args/TransferSiteArgs.js';
import { toSite } from '../schema/mappers/index.js';
import { TransferSitePayload } from '../schema/payloads/TransferSitePayload.js';
import { transferSite } from '../services/transferSite.js';
import { notFound } from '../errors/index.js';
import { runOnce } from '../resilience/index.js';

@Resolver()
export class SiteTransferMutations {
  @Mutation(() => TransferSitePayload, {
    description:
      "Transfers a site from one account of the reseller's family to another (e.g. from the team account to a customer's sub-account). Refused up front, naming the blocking instances, while paid services are assigned to the site: transfer first, then create the package.",
  })
  async transferSite(
    @Args(() => TransferSiteArgs) { input }: TransferSiteArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<TransferSitePayload> {
    const fromAccountId = ctx.accountId(input.fromAccountId);
    // The caller must be allowed on both ends of a transfer.
    const toAccountId = ctx.accountId(input.toAccountId);
    const loadSite = (account: string, id: string) => {
      ctx.loaders.clearAll();
      return ctx.loaders.forAccount(account).siteById.load(id);
    };
    const site = await runOnce({
      store: ctx.idempotency,
      timing: ctx.idempotencyTiming,
      scope: `transferSite:${fromAccountId}:${input.toAccountId}`,
      key: input.idempotencyKey,
      args: { siteId: input.siteId, notifyOwner: input.notifyOwner ?? false },
      run: () =>
        transferSite(
          {
            findSite: (account, id) => ctx.loaders.forAccount(account).siteById.load(id),
            packagesOnSite: (account, id) =>
              ctx.loaders.forAccount(account).packagesBySiteId.load(id),
            transfer: (target, transfer) => ctx.siteTransfer.transferSite(target, transfer),
            rereadSite: (account, id) => {
              ctx.loaders.clearAll();
              return ctx.loaders.forAccount(account).siteById.load(id);
            },
          },
          {
            siteId: input.siteId,
            fromAccountId,
            toAccountId,
            notifyOwner: input.notifyOwner ?? false,
          },
        ),
      record: (moved) => ({ siteId: moved.id }),
      // A repeat re-reads the site where the first run put it.
      replay: async ({ siteId }) => {
        const moved = await loadSite(input.toAccountId, siteId);
        if (!moved) {
          throw notFound(`Site "${siteId}" was not found in account "${input.toAccountId}"`);
        }
        return moved;
      },
    });
    return { site: toSite(site, toAccountId) };
  }
}
