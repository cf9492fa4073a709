import { Ctx, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { Viewer } from '../schema/Viewer.js';

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, {
    description:
      'Who is calling and which accounts it may act on, with their names: what an account switcher shows. Answered by the gateway without any upstream call.',
  })
  viewer(@Ctx() ctx: GatewayContext): Viewer {
    const directory = ctx.accountDirectory;
    const defaultAccountId = directory.usableDefaultFor(ctx.caller);
    return {
      name: ctx.caller.name,
      defaultAccountId,
      accounts: directory
        .accountsOf(ctx.caller)
        .map(({ id, name }) => ({ id, name, isDefault: id === defaultAccountId })),
    };
  }
}
