import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { notFound, oneFieldViolation } from '../errors/index.js';
import { IdArgs } from '../schema/args/IdArgs.js';
import { CatalogProduct } from '../schema/CatalogProduct.js';
import { toCatalogProduct, toPackage, toSite } from '../schema/mappers/index.js';
import { ProductInstance } from '../schema/ProductInstance.js';
import { Site } from '../schema/Site.js';
import { mayActOn } from '../security/Caller.js';
import { instanceOf } from '../services/instanceOf.js';
import { selectsField } from '../services/selectsField.js';

/** Site fields answered from the packages on the site (SiteResolver). */
const SITE_FIELDS_FROM_PACKAGES = ['productInstances', 'transferable', 'transferBlockers'];

@Resolver(() => ProductInstance)
export class ProductInstanceResolver {
  @Query(() => ProductInstance, {
    nullable: true,
    description:
      'One product instance by its ID, from the whole account family of the account acted on. NOT_FOUND when it is not there.',
  })
  async productInstance(@Args(() => IdArgs) { id, accountId }: IdArgs, @Ctx() ctx: GatewayContext) {
    const wix = ctx.wix.forAccount(ctx.authorize(accountId));
    const pkg = await wix.packageOfInstance(id);
    if (!pkg) {
      throw notFound(
        `Product instance "${id}" was not found in account "${wix.accountId}"`,
        oneFieldViolation(
          'id',
          'PRODUCT_INSTANCE_NOT_FOUND',
          'is not a product instance of the account family',
        ),
      );
    }
    return instanceOf(toPackage(pkg, wix.accountId), id);
  }

  @FieldResolver(() => CatalogProduct, {
    nullable: true,
    description:
      "The catalog product it is an instance of, named from the gateway's catalog: a product the catalog does not list has only its `id`, never an error.",
  })
  catalogProduct(@Root() instance: ProductInstance, @Ctx() ctx: GatewayContext): CatalogProduct {
    const id = instance.catalogProductId;
    return toCatalogProduct(id, ctx.catalog.product(id));
  }

  @FieldResolver(() => Site, {
    nullable: true,
    description:
      "The site it is assigned to; null when floating (or when the site is not visible to the package's account).",
  })
  async site(
    @Root() instance: ProductInstance,
    @Ctx() ctx: GatewayContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Site | null> {
    if (!instance.siteId) return null;
    // Sites are listed per owning account, and an instance's site belongs to
    // the account that owns its package. The site's packages are read under
    // the account the package was read under: Query Packages spans its family.
    const account = instance.package.accountId;
    // Packages are confined to the caller's accounts (confinePackageQueries);
    // this keeps a link from ever reading a site under an account out of scope.
    if (!mayActOn(ctx.caller, account)) return null;
    const packagesAccount = instance.package.readAccountId ?? account;
    if (selectsField(info, SITE_FIELDS_FROM_PACKAGES)) {
      // Sites of different owners arrive in different ticks; asking for their
      // packages now puts every site of the page in one Query Packages.
      ctx.wix.forAccount(ctx.authorize(packagesAccount)).prefetchPackagesOnSite(instance.siteId);
    }
    const site = await ctx.wix.forAccount(ctx.authorize(account)).site(instance.siteId);
    return site && toSite(site, account, packagesAccount);
  }
}
