import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { notFound, oneFieldViolation } from '../errors/index.js';
import { IdArgs } from '../schema/args/IdArgs.js';
import { PackagesArgs } from '../schema/args/PackagesArgs.js';
import { packageFilterToWix, toPackage } from '../schema/mappers/index.js';
import { Package } from '../schema/Package.js';
import { PackageConnection } from '../schema/PackageConnection.js';
import { fetchConnection } from '../services/fetchConnection.js';

@Resolver(() => Package)
export class PackageResolver {
  @Query(() => Package, {
    nullable: true,
    description:
      'One package by ID, from the whole account family of the account acted on. NOT_FOUND when it is not there.',
  })
  async package(@Args(() => IdArgs) { id, accountId }: IdArgs, @Ctx() ctx: GatewayContext) {
    const wix = ctx.wix.forAccount(ctx.authorize(accountId));
    const pkg = await wix.package(id);
    if (!pkg) throw packageNotFound(id, wix.accountId);
    return toPackage(pkg, wix.accountId);
  }

  @Query(() => PackageConnection, {
    description:
      'Packages of the account acted on and its whole family (Wix always answers for the parent account), a page at a time, newest first unless sorted: `first` after `after`, or `last` before `before`. Narrow with `filter.accountIds`.',
  })
  async packages(
    @Args(() => PackagesArgs) args: PackagesArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<PackageConnection> {
    const wix = ctx.wix.forAccount(ctx.authorize(args.accountId));
    // Naming an account in the filter is acting on it.
    for (const id of args.filter?.accountIds ?? []) ctx.authorize(id);
    const filter = packageFilterToWix(args.filter);
    const slice = await fetchConnection({
      first: args.first,
      after: args.after,
      last: args.last,
      before: args.before,
      pageSize: ctx.pageSize,
      filter,
      sort: args.sort,
      cursors: ctx.cursors({
        connection: 'packages',
        accountId: wix.accountId,
        query: { filter, sort: args.sort },
      }),
      fetchPage: async (query) => {
        const { packages, metadata } = await wix.queryPackages(query);
        return {
          items: packages,
          next: metadata?.cursors?.next || undefined,
          prev: metadata?.cursors?.prev || undefined,
        };
      },
      toNode: (pkg) => toPackage(pkg, wix.accountId),
    });
    return {
      ...slice,
      countQuery: { accountId: wix.accountId, filter },
    };
  }
}

/** NOT_FOUND of a package looked up by its `id` argument (the query, the subscription). */
export function packageNotFound(id: string, accountId: string) {
  return notFound(
    `Package "${id}" was not found in account "${accountId}"`,
    oneFieldViolation('id', 'PACKAGE_NOT_FOUND', 'is not a package of the account family'),
  );
}
