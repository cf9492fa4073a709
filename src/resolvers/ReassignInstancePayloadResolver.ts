import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { notFound } from '../errors/index.js';
import { toPackage, toSite } from '../schema/mappers/index.js';
import { ProductInstance } from '../schema/ProductInstance.js';
import { ReassignInstancePayload } from '../schema/payloads/ReassignInstancePayload.js';
import { Site } from '../schema/Site.js';
import { instanceOf } from '../services/instanceOf.js';

/**
 * The sites are read through the request's loaders, which the move cleared:
 * a client that selects neither costs no Query Sites, and both together cost
 * one.
 */
@Resolver(() => ReassignInstancePayload)
export class ReassignInstancePayloadResolver {
  @FieldResolver(() => ProductInstance, { description: 'The instance after the move.' })
  async instance(
    @Root() payload: ReassignInstancePayload,
    @Ctx() ctx: GatewayContext,
  ): Promise<ProductInstance> {
    const { accountId, packageId } = payload;
    const pkg =
      payload.verifiedPackage ??
      (await ctx.wix.forAccount(ctx.authorize(accountId)).package(packageId));
    if (!pkg) {
      throw notFound(`Package "${packageId}" was not found in account "${accountId}"`);
    }
    return instanceOf(toPackage(pkg, accountId), payload.instanceId);
  }

  @FieldResolver(() => Site, {
    nullable: true,
    description:
      'The site it left, re-read after the move (the move can change `premium`); null if it was floating.',
  })
  async fromSite(
    @Root() payload: ReassignInstancePayload,
    @Ctx() ctx: GatewayContext,
  ): Promise<Site | null> {
    if (!payload.fromSiteId) return null;
    const wix = ctx.wix.forAccount(ctx.authorize(payload.accountId));
    const site = await wix.site(payload.fromSiteId);
    return site && toSite(site, payload.accountId);
  }

  @FieldResolver(() => Site, {
    description: 'The site it is now assigned to, re-read after the move.',
  })
  async toSite(
    @Root() payload: ReassignInstancePayload,
    @Ctx() ctx: GatewayContext,
  ): Promise<Site> {
    const { accountId, toSiteId } = payload;
    const site =
      (await ctx.wix.forAccount(ctx.authorize(accountId)).site(toSiteId)) ??
      payload.toSiteAsChecked;
    if (!site) throw notFound(`Site "${toSiteId}" was not found in account "${accountId}"`);
    return toSite(site, accountId);
  }
}
