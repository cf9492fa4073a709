import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { ReassignInstanceArgs } from '../schema/args/ReassignInstanceArgs.js';
import { REASSIGN_INSTANCE_ARGUMENTS } from '../schema/args/wireArguments.js';
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
    { instanceId, toSiteId, accountId, idempotencyKey }: ReassignInstanceArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<ReassignInstancePayload> {
    const wix = ctx.wix.forAccount(ctx.authorize(accountId));
    const payload = (fields: Omit<ReassignInstancePayload, 'accountId' | 'instanceId'>) =>
      Object.assign(new ReassignInstancePayload(), {
        accountId: wix.accountId,
        instanceId,
        ...fields,
      });
    return ctx.mutations.run<ReassignInstancePayload, ReassignRecord>({
      name: 'reassignInstance',
      accounts: [wix.accountId],
      idempotencyKey,
      args: { instanceId, toSiteId },
      argumentOf: REASSIGN_INSTANCE_ARGUMENTS,
      run: async (run) => {
        const result = await reassignInstance(wix, run, instanceId, toSiteId);
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
