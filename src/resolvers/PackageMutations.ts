import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { CancelPackageArgs } from '../schema/args/CancelPackageArgs.js';
import { CreatePackageArgs } from '../schema/args/CreatePackageArgs.js';
import { UpdatePackageExternalIdArgs } from '../schema/args/UpdatePackageExternalIdArgs.js';
import { toPackage } from '../schema/mappers/index.js';
import { PackagePayload } from '../schema/payloads/PackagePayload.js';
import { writeOnce } from '../services/writeOnce.js';

@Resolver()
export class PackageMutations {
  @Mutation(() => PackagePayload, {
    description:
      'Provisions 1 to 1000 paid services in a new package owned by the account acted on (for a customer, its sub-account). New instances start PENDING.',
  })
  async createPackage(
    @Args(() => CreatePackageArgs) { input, accountId }: CreatePackageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<PackagePayload> {
    const wix = ctx.wix.forAccount(ctx.authorize(accountId));
    const request = {
      externalId: input.externalId,
      products: input.products.map((p) => ({
        catalogProductId: p.catalogProductId,
        siteId: p.siteId,
        countryCode: p.countryCode.toUpperCase(),
        billingInfo: p.billingInfo && {
          type: p.billingInfo.type,
          cycleDuration: p.billingInfo.cycleDuration && {
            unit: p.billingInfo.cycleDuration.unit,
            count: p.billingInfo.cycleDuration.count ?? 1,
          },
        },
        discountCode: p.discountCode,
        referenceProductInstanceId: p.referenceProductInstanceId,
      })),
    };
    const created = await writeOnce(ctx, {
      mutation: 'createPackage',
      accountId: wix.accountId,
      callerKey: input.idempotencyKey,
      request,
      write: (key) => wix.createPackage(request, key),
    });
    return { package: toPackage(created, wix.accountId) };
  }

  @Mutation(() => PackagePayload, {
    description:
      'Cancels every instance of a package: the customer loses access at once, and dependent services (e.g. a domain on the plan) stop.',
  })
  async cancelPackage(
    @Args(() => CancelPackageArgs) { id, accountId, idempotencyKey: callerKey }: CancelPackageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<PackagePayload> {
    const wix = ctx.wix.forAccount(ctx.authorize(accountId));
    const canceled = await writeOnce(ctx, {
      mutation: 'cancelPackage',
      accountId: wix.accountId,
      callerKey,
      request: { id },
      write: (key) => wix.cancelPackage(id, key),
    });
    return { package: toPackage(canceled, wix.accountId) };
  }

  @Mutation(() => PackagePayload, {
    description: "Replaces a package's external ID (the reseller's own reference).",
  })
  async updatePackageExternalId(
    @Args(() => UpdatePackageExternalIdArgs)
    { id, externalId, accountId }: UpdatePackageExternalIdArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<PackagePayload> {
    const wix = ctx.wix.forAccount(ctx.authorize(accountId));
    const updated = await wix.updatePackageExternalId(id, externalId);
    return { package: toPackage(updated, wix.accountId) };
  }
}
