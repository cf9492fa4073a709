import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { idempotencyKey, runOnce } from '../resilience/index.js';
import { ReassignInstanceArgs } from '../schema/args/ReassignInstanceArgs.js';
import { toSite as mapSite } from '../schema/mappers/index.js';
import { ReassignInstancePayload } from '../schema/payloads/ReassignInstancePayload.js';
import { instanceOf } from '../services/instanceOf.js';
import { reassignInstance } from '../services/reassignInstance.js';
import { recordWrite } from '../services/recordWrite.js';
import { NotFoundError } from '../errors/index.js';
import type { Package, Site } from '../wix-api/types.js';

/** What a repeat with the same idempotencyKey re-reads its answer from. */
interface ReassignRecord {
  packageId: string;
  fromSiteId: string | null;
  toSiteId: string;
}

@Resolver()
export class ReassignInstanceMutation {
  @Mutation(() => ReassignInstancePayload, {
    description:
      'Moves a paid service to another site, safely: both sites and the instance are checked first, the move is verified by re-reading the package, and a failed move is undone. On failure, `extensions.instanceState` says where the instance is: UNCHANGED, RESTORED, FLOATING, MISPLACED or UNKNOWN. Repeating it with the same `idempotencyKey` returns the first result without moving anything.',
  })
  async reassignInstance(
    @Args(() => ReassignInstanceArgs)
    { instanceId, toSiteId, accountId, idempotencyKey: callerKey }: ReassignInstanceArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<ReassignInstancePayload> {
    const account = ctx.accountId(accountId);
    const loaders = () => ctx.loaders.forAccount(account);
    // Upstream keys are fresh for every run, even under a caller's key: a run
    // starts from the state it reads, so replaying an earlier run's restore
    // (recorded by Wix under the same key) would silently skip it. Repeats of
    // a finished run are answered by runOnce from the gateway's own record.
    const run = idempotencyKey();
    const payload = async (
      pkg: Package,
      fromSiteId: string | null,
      toId: string,
      toSiteAsChecked?: Site,
    ): Promise<ReassignInstancePayload> => {
      const instance = instanceOf(recordWrite(ctx, account, pkg), instanceId);
      // Re-read both sites (one batched call): the move can change `premium`.
      const [fromSite, toSite] = await Promise.all([
        fromSiteId ? loaders().siteById.load(fromSiteId) : null,
        loaders().siteById.load(toId),
      ]);
      const target = toSite ?? toSiteAsChecked;
      if (!target) throw new NotFoundError(`Site "${toId}" was not found in account "${account}"`);
      return {
        instance,
        fromSite: fromSite ? mapSite(fromSite, account) : undefined,
        toSite: mapSite(target, account),
      };
    };
    try {
      return await runOnce<ReassignInstancePayload, ReassignRecord>({
        store: ctx.idempotency,
        timing: ctx.idempotencyTiming,
        scope: `reassignInstance:${account}`,
        key: callerKey,
        args: { instanceId, toSiteId },
        run: async () => {
          const result = await reassignInstance(
            {
              accountId: account,
              findPackageByInstance: (id) => loaders().packageByInstanceId.load(id),
              findSite: (id) => loaders().siteById.load(id),
              assign: (id, siteId, step) =>
                ctx.resellers.assignInstance(account, id, siteId, {
                  idempotencyKey: `${run}:${step}`,
                }),
              unassign: (id, step) =>
                ctx.resellers.unassignInstance(account, id, { idempotencyKey: `${run}:${step}` }),
              getPackage: (id) => ctx.resellers.getPackage(account, id),
            },
            instanceId,
            toSiteId,
          );
          return payload(result.pkg, result.fromSite?.id ?? null, toSiteId, result.toSite);
        },
        record: (result) => ({
          packageId: result.instance.package.id,
          fromSiteId: result.fromSite?.id ?? null,
          toSiteId,
        }),
        replay: async (recorded) =>
          payload(
            await ctx.resellers.getPackage(account, recorded.packageId),
            recorded.fromSiteId,
            recorded.toSiteId,
          ),
      });
    } catch (error) {
      ctx.loaders.clearAll();
      throw error;
    }
  }
}
