import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { badUserInput, oneFieldViolation } from '../errors/index.js';
import { AdjustInstanceArgs } from '../schema/args/AdjustInstanceArgs.js';
import { AssignInstanceArgs } from '../schema/args/AssignInstanceArgs.js';
import { InstanceArgs } from '../schema/args/InstanceArgs.js';
import {
  ADJUST_INSTANCE_ARGUMENTS,
  ASSIGN_INSTANCE_ARGUMENTS,
  INSTANCE_ARGUMENTS,
} from '../schema/args/wireArguments.js';
import { billingInfoToWix } from '../schema/mappers/index.js';
import { ProductInstancePayload } from '../schema/payloads/ProductInstancePayload.js';

@Resolver()
export class InstanceMutations {
  @Mutation(() => ProductInstancePayload, {
    description:
      'Assigns a product instance to a site, moving it directly if it is on another one. Not verified: use `reassignInstance` to move a paid service safely.',
  })
  async assignInstance(
    @Args(() => AssignInstanceArgs)
    { instanceId, siteId, accountId, idempotencyKey }: AssignInstanceArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<ProductInstancePayload> {
    const wix = ctx.wix.forAccount(ctx.authorize(accountId));
    const mutation = {
      name: 'assignInstance',
      idempotencyKey,
      args: { instanceId, siteId },
      argumentOf: ASSIGN_INSTANCE_ARGUMENTS,
    };
    return ctx.mutations.instancePayload(wix, mutation, (key) =>
      wix.assignInstance(instanceId, siteId, key),
    );
  }

  @Mutation(() => ProductInstancePayload, {
    description:
      'Removes a product instance from its site; it stays paid for, floating, until assigned again.',
  })
  async unassignInstance(
    @Args(() => InstanceArgs) { instanceId, accountId, idempotencyKey }: InstanceArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<ProductInstancePayload> {
    const wix = ctx.wix.forAccount(ctx.authorize(accountId));
    const mutation = {
      name: 'unassignInstance',
      idempotencyKey,
      args: { instanceId },
      argumentOf: INSTANCE_ARGUMENTS,
    };
    return ctx.mutations.instancePayload(wix, mutation, (key) =>
      wix.unassignInstance(instanceId, key),
    );
  }

  @Mutation(() => ProductInstancePayload, {
    description:
      'Up- or downgrades a product instance (same product type) and/or changes its billing cycle. Give `catalogProductId`, `billingInfo` or both.',
  })
  async adjustInstance(
    @Args(() => AdjustInstanceArgs) args: AdjustInstanceArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<ProductInstancePayload> {
    const { instanceId, catalogProductId, billingInfo, discountCode, idempotencyKey } = args;
    if (!catalogProductId && !billingInfo) {
      throw badUserInput(
        `adjustInstance of "${instanceId}" needs catalogProductId, billingInfo or both`,
        oneFieldViolation('catalogProductId', 'REQUIRED_FIELD', 'or billingInfo is required'),
      );
    }
    const wix = ctx.wix.forAccount(ctx.authorize(args.accountId));
    if (catalogProductId) ctx.catalog.requireListed([catalogProductId], () => 'catalogProductId');
    const request = { catalogProductId, billingInfo: billingInfoToWix(billingInfo), discountCode };
    const mutation = {
      name: 'adjustInstance',
      idempotencyKey,
      args: { instanceId, ...request },
      argumentOf: ADJUST_INSTANCE_ARGUMENTS,
    };
    return ctx.mutations.instancePayload(wix, mutation, (key) =>
      wix.adjustInstance(instanceId, request, key),
    );
  }

  @Mutation(() => ProductInstancePayload, {
    description: 'Cancels one product instance: the customer loses access at once.',
  })
  async cancelInstance(
    @Args(() => InstanceArgs) { instanceId, accountId, idempotencyKey }: InstanceArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<ProductInstancePayload> {
    const wix = ctx.wix.forAccount(ctx.authorize(accountId));
    const mutation = {
      name: 'cancelInstance',
      idempotencyKey,
      args: { instanceId },
      argumentOf: INSTANCE_ARGUMENTS,
    };
    return ctx.mutations.instancePayload(wix, mutation, (key) =>
      wix.cancelInstance(instanceId, key),
    );
  }
}
