import { Ctx, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { CatalogProduct } from '../schema/CatalogProduct.js';
import { toCatalogProduct } from '../schema/mappers/index.js';

@Resolver(() => CatalogProduct)
export class CatalogProductResolver {
  @Query(() => [CatalogProduct], {
    description:
      "The products the reseller sells, as the gateway's catalog lists them (`WIX_CATALOG_FILE`, or the embedded emulator's): what a form offers for `createPackage`. Empty without a catalog. Answered by the gateway without any upstream call.",
  })
  catalogProducts(@Ctx() ctx: GatewayContext): CatalogProduct[] {
    return ctx.catalog.products().map((entry) => toCatalogProduct(entry.id, entry));
  }
}
