import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { idempotencyKey, runOnce } from '../resilience/index.js';
import { ReassignInstanceArgs } from '../schema/args/ReassignInstanceArgs.js';
import { ReassignInstancePayload } from '../schema/payloads/ReassignInstancePayload.js';
import { reassignInstance } from '../services/reassignInstance.js';

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
      'Moves a paid service to another site, safely: both sites and the instance are checked first, the move is verified (from the package Assign answers, or by re-reading the package when Assign failed), and a failed move is undone. `fromSite` and `toSite` are re-read only when selected. On failure, `extensions.instanceState` says where the instance is: UNCHANGED, RESTORED, FLOATING, MISPLACED or UNKNOWN. Repeating it with the same `idempotencyKey` returns the first result without moving anything.',
  })
  async reassignInstance(
    @Args(() => ReassignInstanceArgs)
    { instanceId, toSiteId, accountId, idempotencyKey: callerKey }: ReassignInstanceArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<ReassignInstancePayload> {
    const wix = ctx.wix.forAccount(ctx.authorize(accountId));
    // Upstream keys are fresh for every run, even under a caller's key: a run
    // starts from the state it reads, so replaying an earlier run's restore
    // (recorded by Wix under the same key) would silently skip it. Repeats of
    // a finished run are answered by runOnce from the gateway's own record.
    const run = idempotencyKey();
    const payload = (fields: Omit<ReassignInstancePayload, 'accountId' | 'instanceId'>) =>
      Object.assign(new ReassignInstancePayload(), {
        accountId: wix.accountId,
        instanceId,
        ...fields,
      });
    return runOnce<ReassignInstancePayload, ReassignRecord>({
      store: ctx.idempotency,
      timing: ctx.idempotencyTiming,
      scope: `reassignInstance:${wix.accountId}`,
      key: callerKey,
      args: { instanceId, toSiteId },
      run: async () => {
        const result = await reassignInstance(
          wix,
          { key: (step) => `${run}:${step}` },
          instanceId,
          toSiteId,
        );
        return payload({
          packageId: result.pkg.id,
          verifiedPackage: result.pkg,
          fromSiteId: result.fromSite?.id,
          toSiteId,
          toSiteAsChecked: result.toSite,
        });
      },
      record: (result) => ({
        packageId: result.packageId,
        fromSiteId: result.fromSiteId ?? null,
        toSiteId: result.toSiteId,
      }),
      replay: async (recorded) =>
        payload({
          packageId: recorded.packageId,
          fromSiteId: recorded.fromSiteId ?? undefined,
          toSiteId: recorded.toSiteId,
        }),
    });
  }
}
