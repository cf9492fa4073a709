import { Args, Ctx, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { IdArgs } from '../schema/args/IdArgs.js';
import { toPackage } from '../schema/mappers/index.js';
import { Package } from '../schema/Package.js';
import { validateArgs } from '../schema/validateArgs.js';
import { packageNotFound } from './PackageResolver.js';
import { mayActOn } from '../security/Caller.js';
import type { Package as WirePackage } from '../wix-api/types.js';

/** Where live package statuses come from: the process's package watches. */
export interface PackageStatusSource {
  join(request: {
    accountId: string;
    packageId: string;
    firstRead(): Promise<WirePackage>;
    mayRead(pkg: WirePackage): boolean;
  }): Promise<AsyncIterableIterator<WirePackage>>;
}

/** The context of a subscription: a request's context plus the package watches. */
export interface SubscriptionContext extends GatewayContext {
  readonly packageStatus: PackageStatusSource;
}

@Resolver()
export class PackageSubscription {
  @Subscription(() => Package, {
    description:
      "A package now, then again each time one of its instances changes status (PENDING → ENABLED, say); completes once every instance is ENABLED, FAILED, CANCELED or AWAITING_ACTION, or after the gateway's SUBSCRIPTION_MAX_SECONDS. Over the graphql-ws WebSocket protocol at the GraphQL path. NOT_FOUND as the `package` query.",
    subscribe: ({ args, context }: SubscribeResolverData<unknown, IdArgs, SubscriptionContext>) =>
      subscribePackageStatus(args, context),
  })
  packageStatusChanged(
    @Root() pkg: WirePackage,
    @Args(() => IdArgs) { accountId }: IdArgs,
    @Ctx() ctx: GatewayContext,
  ): Package {
    return toPackage(pkg, ctx.authorize(accountId));
  }
}

/**
 * type-graphql hands `subscribe` the raw arguments: they are validated here
 * as the query's are, and the account authorized, before any upstream call.
 */
async function subscribePackageStatus(
  raw: IdArgs,
  ctx: SubscriptionContext,
): Promise<AsyncIterableIterator<WirePackage>> {
  const args = Object.assign(new IdArgs(), raw);
  await validateArgs(args);
  const wix = ctx.wix.forAccount(ctx.authorize(args.accountId));
  return ctx.packageStatus.join({
    accountId: wix.accountId,
    packageId: args.id,
    firstRead: async () => {
      const pkg = await wix.package(args.id);
      if (!pkg) throw packageNotFound(args.id, wix.accountId);
      return pkg;
    },
    // The same scope the `package` query's confined read applies.
    mayRead: (pkg) => mayActOn(ctx.caller, pkg.accountId),
  });
}
