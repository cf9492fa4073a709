import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { SiteConnection } from '../schema/SiteConnection.js';

@Resolver(() => SiteConnection)
export class SiteConnectionResolver {
  /** Counted only when asked for: it costs one Count Sites call. */
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'How many sites match the filter in total; null when the filter uses `premium`, which Wix cannot count.',
  })
  async totalCount(@Root() connection: SiteConnection, @Ctx() ctx: GatewayContext) {
    if (!connection.countQuery) return null;
    const { accountId, filter } = connection.countQuery;
    return ctx.wix.forAccount(ctx.authorize(accountId)).countSites(filter);
  }
}
