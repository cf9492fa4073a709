import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { TransferSiteArgs } from '../schema/args/TransferSiteArgs.js';
import { TRANSFER_SITE_ARGUMENTS } from '../schema/args/wireArguments.js';
import { toSite } from '../schema/mappers/index.js';
import { TransferSitePayload } from '../schema/payloads/TransferSitePayload.js';
import { transferSite } from '../services/transferSite.js';
import { notFound } from '../errors/index.js';

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
    const from = ctx.wix.forAccount(ctx.authorize(input.fromAccountId));
    // The caller must be allowed on both ends of a transfer.
    const to = ctx.wix.forAccount(ctx.authorize(input.toAccountId));
    const site = await ctx.mutations.run({
      name: 'transferSite',
      accounts: [from.accountId, to.accountId],
      idempotencyKey: input.idempotencyKey,
      // Transfer Site takes no idempotency key: repeats are answered from the gateway's record alone.
      args: { siteId: input.siteId, notifyOwner: input.notifyOwner ?? false },
      argumentOf: TRANSFER_SITE_ARGUMENTS,
      run: () =>
        transferSite(from, to, {
          siteId: input.siteId,
          notifyOwner: input.notifyOwner ?? false,
        }),
      record: (moved) => ({ siteId: moved.id }),
      // A repeat re-reads the site where the first run put it.
      replay: async ({ siteId }) => {
        const moved = await to.rereadSite(siteId);
        if (!moved) {
          throw notFound(`Site "${siteId}" was not found in account "${to.accountId}"`);
        }
        return moved;
      },
    });
    return { site: toSite(site, to.accountId), previousOwnerAccountId: from.accountId };
  }
}
