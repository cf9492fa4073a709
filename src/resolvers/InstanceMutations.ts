import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { badUserInput } from '../errors/index.js';
import { AdjustInstanceArgs } from '../schema/args/AdjustInstanceArgs.js';
import { AssignInstanceArgs } from '../schema/args/AssignInstanceArgs.js';
import { InstanceArgs } from '../schema/args/InstanceArgs.js';
import { toPackage } from '../schema/mappers/index.js';
import { ProductInstancePayload } from '../schema/payloads/ProductInstancePayload.js';
import { instanceOf } from '../services/instanceOf.js';
import { writeOnce } from '../services/writeOnce.js';

@Resolver()
export class InstanceMutations {
  @Mutation(() => ProductInstancePayload, {
    description:
      'Assigns a product instance to a site, moving it directly if it is on another one. Not verified: use `reassignInstance` to move a paid service safely.',
  })
  async assignInstance(
    @Args(() => AssignInstanceArgs) args: AssignInstanceArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<ProductInstancePayload> {
    const wix = ctx.wix.forAccount(ctx.authorize(args.accountId));
    const pkg = await writeOnce(ctx, {
      mutation: 'assignInstance',
      accountId: wix.accountId,
      callerKey: args.idempotencyKey,
      request: { instanceId: args.instanceId, siteId: args.siteId },
      write: (key) => wix.assignInstance(args.instanceId, args.siteId, key),
    });
    return { instance: instanceOf(toPackage(pkg, wix.accountId), args.instanceId) };
  }

  @Mutation(() => ProductInstancePayload, {
    description:
      'Removes a product instance from its site; it stays paid for, floating, until assigned again.',
  })
  async unassignInstance(
    @Args(() => InstanceArgs) args: InstanceArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<ProductInstancePayload> {
    const wix = ctx.wix.forAccount(ctx.authorize(args.accountId));
    const pkg = await writeOnce(ctx, {
      mutation: 'unassignInstance',
      accountId: wix.accountId,
      callerKey: args.idempotencyKey,
      request: { instanceId: args.instanceId },
      write: (key) => wix.unassignInstance(args.instanceId, key),
    });
    return { instance: instanceOf(toPackage(pkg, wix.accountId), args.instanceId) };
  }

  @Mutation(() => ProductInstancePayload, {
    description:
      'Up- or downgrades a product instance (same product type) and/or changes its billing cycle. Give `catalogProductId`, `billingInfo` or both.',
  })
  async adjustInstance(
    @Args(() => AdjustInstanceArgs) args: AdjustInstanceArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<ProductInstancePayload> {
    if (!args.catalogProductId && !args.billingInfo) {
      throw badUserInput(
        `adjustInstance of "${args.instanceId}" needs catalogProductId, billingInfo or both`,
        {
          fieldViolations: [
            { field: 'catalogProductId', description: 'or billingInfo is required' },
          ],
        },
      );
    }
    const wix = ctx.wix.forAccount(ctx.authorize(args.accountId));
    const request = {
      catalogProductId: args.catalogProductId,
      billingInfo: args.billingInfo && {
        type: args.billingInfo.type,
        cycleDuration: args.billingInfo.cycleDuration && {
          unit: args.billingInfo.cycleDuration.unit,
          count: args.billingInfo.cycleDuration.count ?? 1,
        },
      },
      discountCode: args.discountCode,
    };
    const pkg = await writeOnce(ctx, {
      mutation: 'adjustInstance',
      accountId: wix.accountId,
      callerKey: args.idempotencyKey,
      request: { instanceId: args.instanceId, ...request },
      write: (key) => wix.adjustInstance(args.instanceId, request, key),
    });
    return { instance: instanceOf(toPackage(pkg, wix.accountId), args.instanceId) };
  }

  @Mutation(() => ProductInstancePayload, {
    description: 'Cancels one product instance: the customer loses access at once.',
  })
  async cancelInstance(
    @Args(() => InstanceArgs) args: InstanceArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<ProductInstancePayload> {
    const wix = ctx.wix.forAccount(ctx.authorize(args.accountId));
    const pkg = await writeOnce(ctx, {
      mutation: 'cancelInstance',
      accountId: wix.accountId,
      callerKey: args.idempotencyKey,
      request: { instanceId: args.instanceId },
      write: (key) => wix.cancelInstance(args.instanceId, key),
    });
    return { instance: instanceOf(toPackage(pkg, wix.accountId), args.instanceId) };
  }
}
