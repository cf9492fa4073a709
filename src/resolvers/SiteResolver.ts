import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { notFound, oneFieldViolation } from '../errors/index.js';
import { IdArgs } from '../schema/args/IdArgs.js';
import { SiteProductInstancesArgs } from '../schema/args/SiteProductInstancesArgs.js';
import { SitesArgs } from '../schema/args/SitesArgs.js';
import { siteFilterToWix, toPackage, toSite } from '../schema/mappers/index.js';
import { ProductInstance } from '../schema/ProductInstance.js';
import { Site } from '../schema/Site.js';
import { SiteConnection } from '../schema/SiteConnection.js';
import { fetchConnection } from '../services/fetchConnection.js';
import { findSiteInAccounts } from '../services/findSiteInAccounts.js';
import { transferBlockers } from '../services/transferBlockers.js';

@Resolver(() => Site)
export class SiteResolver {
  @Query(() => Site, {
    nullable: true,
    description:
      'One site by ID. With `accountId`, in that account; without it, in every account the caller may act on that the gateway knows (see `viewer.accounts`; at most `SITE_LOOKUP_MAX_ACCOUNTS`, one Site List query each, in parallel), so a site is found after a transfer. NOT_FOUND (naming the accounts searched) when it is not there.',
  })
  async site(@Args(() => IdArgs) { id, accountId }: IdArgs, @Ctx() ctx: GatewayContext) {
    if (accountId == null) {
      const { accounts, notSearched } = ctx.accountDirectory.lookupAccountsOf(ctx.caller);
      const load = (account: string) => ctx.wix.forAccount(ctx.authorize(account)).site(id);
      const found = await findSiteInAccounts(load, id, accounts, notSearched);
      return toSite(found.site, found.accountId);
    }
    const wix = ctx.wix.forAccount(ctx.authorize(accountId));
    const site = await wix.site(id);
    if (!site) {
      throw notFound(
        `Site "${id}" was not found in account "${wix.accountId}"`,
        oneFieldViolation('id', 'SITE_NOT_FOUND', 'is not a site of the account'),
      );
    }
    return toSite(site, wix.accountId);
  }

  @Query(() => SiteConnection, {
    description:
      'Sites of the account acted on, a page at a time (newest first unless sorted), forward only (`first` after `after`): Site List gives no cursor to a previous page.',
  })
  async sites(
    @Args(() => SitesArgs) args: SitesArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<SiteConnection> {
    const wix = ctx.wix.forAccount(ctx.authorize(args.accountId));
    const account = wix.accountId;
    const filter = siteFilterToWix(args.filter);
    const slice = await fetchConnection({
      first: args.first,
      after: args.after,
      pageSize: ctx.pageSize,
      filter,
      sort: args.sort,
      cursors: ctx.cursors({
        connection: 'sites',
        accountId: account,
        query: { filter, sort: args.sort },
      }),
      fetchPage: async (query) => {
        const response = await wix.querySites(query);
        return { items: response.sites, next: response.metadata?.cursors?.next || undefined };
      },
      toNode: (site) => toSite(site, account),
    });
    return {
      ...slice,
      countQuery: args.filter?.premium == null ? { accountId: account, filter } : undefined,
    };
  }

  // Nullable on purpose, like `transferable`: they cost their own upstream
  // call, and a non-null field that fails nulls out its parent, so one failed
  // lookup would erase the site (or a whole `sites` page) from the answer.
  @FieldResolver(() => [ProductInstance], {
    nullable: true,
    description:
      'The paid services assigned to this site, across all packages; null (with an error at this path) when they could not be read.',
  })
  async productInstances(
    @Root() site: Site,
    @Args(() => SiteProductInstancesArgs) { status }: SiteProductInstancesArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<ProductInstance[]> {
    const packages = await packagesOn(site, ctx);
    return packages
      .flatMap((pkg) => toPackage(pkg, site.packagesAccountId).productInstances)
      .filter((i) => i.siteId === site.id && (!status || status.includes(i.status)));
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the site can be transferred to another account: true when no paid service (other than CANCELED ones) is assigned to it, i.e. `transferBlockers` is empty; null (with an error at this path) when that could not be read.',
  })
  async transferable(@Root() site: Site, @Ctx() ctx: GatewayContext): Promise<boolean> {
    const packages = await packagesOn(site, ctx);
    return transferBlockers(packages, site.id).length === 0;
  }
}

/** The packages on a site, read under the account its packages are read under. */
export function packagesOn(site: Site, ctx: GatewayContext) {
  return ctx.wix.forAccount(ctx.authorize(site.packagesAccountId)).packagesOnSite(site.id);
}
