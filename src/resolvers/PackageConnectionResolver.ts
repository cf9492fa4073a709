import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { PackageConnection } from '../schema/PackageConnection.js';

@Resolver(() => PackageConnection)
export class PackageConnectionResolver {
  /** Counted only when asked for: it costs one Query Packages call. */
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'How many packages match the filter in total (one more Query Packages call, made only when asked for); null when Wix answers that there are too many to count.',
  })
  async totalCount(@Root() connection: PackageConnection, @Ctx() ctx: GatewayContext) {
    if (!connection.countQuery) return null;
    const { accountId, filter } = connection.countQuery;
    return ctx.wix.forAccount(ctx.authorize(accountId)).countPackages(filter);
  }
}
