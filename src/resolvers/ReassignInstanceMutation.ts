import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { ReassignInstanceArgs } from '../schema/args/ReassignInstanceArgs.js';
import { toSite as mapSite } from '../schema/mappers/index.js';
import { ReassignInstancePayload } from '../schema/payloads/ReassignInstancePayload.js';
import { instanceOf } from '../services/instanceOf.js';
import { reassignInstance } from '../services/reassignInstance.js';
import { recordWrite } from '../services/recordWrite.js';

@Resolver()
export class ReassignInstanceMutation {
  @Mutation(() => ReassignInstancePayload, {
    description:
      'Moves a paid service to another site, safely: both sites and the instance are checked first, the move is verified by re-reading the package, and a failed move is undone. On failure, `extensions.instanceState` says where the instance is: UNCHANGED, RESTORED, FLOATING, MISPLACED or UNKNOWN.',
  })
  async reassignInstance(
    @Args(() => ReassignInstanceArgs) { instanceId, toSiteId, accountId }: ReassignInstanceArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<ReassignInstancePayload> {
    const account = ctx.accountId(accountId);
    const loaders = () => ctx.loaders.forAccount(account);
    try {
      const result = await reassignInstance(
        {
          accountId: account,
          findPackageByInstance: (id) => loaders().packageByInstanceId.load(id),
          findSite: (id) => loaders().siteById.load(id),
          assign: (id, siteId) => ctx.resellers.assignInstance(account, id, siteId),
          unassign: (id) => ctx.resellers.unassignInstance(account, id),
          getPackage: (id) => ctx.resellers.getPackage(account, id),
        },
        instanceId,
        toSiteId,
      );
      const instance = instanceOf(recordWrite(ctx, account, result.pkg), instanceId);
      // Re-read both sites (one batched call): the move can change `premium`.
      const [fromSite, toSite] = await Promise.all([
        result.fromSite && loaders().siteById.load(result.fromSite.id),
        loaders().siteById.load(result.toSite.id),
      ]);
      return {
        instance,
        fromSite: fromSite ? mapSite(fromSite, account) : undefined,
        toSite: mapSite(toSite ?? result.toSite, account),
      };
    } catch (error) {
      ctx.loaders.clearAll();
      throw error;
    }
  }
}
