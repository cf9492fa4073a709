import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toPackage } from '../schema/mappers/index.js';
import { ProductInstance } from '../schema/ProductInstance.js';
import { Site } from '../schema/Site.js';
import { transferBlockers } from '../services/transferBlockers.js';
import { packagesOn } from './SiteResolver.js';

@Resolver(() => Site)
export class SiteTransferBlockersResolver {
  // Nullable for the reason `transferable` is (SiteResolver): its own upstream read.
  @FieldResolver(() => [ProductInstance], {
    nullable: true,
    description:
      'The paid services that stop this site from being transferred (every instance on it that is not CANCELED: the rule `transferSite` applies before writing); empty when `transferable` is true; null (with an error at this path) when they could not be read.',
  })
  async transferBlockers(
    @Root() site: Site,
    @Ctx() ctx: GatewayContext,
  ): Promise<ProductInstance[]> {
    const packages = await packagesOn(site, ctx);
    const blocking = new Set(transferBlockers(packages, site.id).map((i) => i.instanceId));
    return packages
      .flatMap((pkg) => toPackage(pkg, site.packagesAccountId).productInstances)
      .filter((i) => blocking.has(i.id));
  }
}
