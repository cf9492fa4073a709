import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { CancelPackageArgs } from '../schema/args/CancelPackageArgs.js';
import { CreatePackageArgs } from '../schema/args/CreatePackageArgs.js';
import { UpdatePackageExternalIdArgs } from '../schema/args/UpdatePackageExternalIdArgs.js';
import {
  CANCEL_PACKAGE_ARGUMENTS,
  CREATE_PACKAGE_ARGUMENTS,
  UPDATE_PACKAGE_EXTERNAL_ID_ARGUMENTS,
} from '../schema/args/wireArguments.js';
import { billingInfoToWix } from '../schema/mappers/index.js';
import { PackagePayload } from '../schema/payloads/PackagePayload.js';

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
    ctx.catalog.requireListed(
      input.products.map((p) => p.catalogProductId),
      (index) => `input.products[${index}].catalogProductId`,
    );
    const request = {
      externalId: input.externalId,
      products: input.products.map((p) => ({
        catalogProductId: p.catalogProductId,
        siteId: p.siteId,
        countryCode: p.countryCode.toUpperCase(),
        billingInfo: billingInfoToWix(p.billingInfo),
        discountCode: p.discountCode,
        referenceProductInstanceId: p.referenceProductInstanceId,
      })),
    };
    const mutation = {
      name: 'createPackage',
      idempotencyKey: input.idempotencyKey,
      args: request,
      argumentOf: CREATE_PACKAGE_ARGUMENTS,
    };
    return ctx.mutations.packagePayload(wix, mutation, (key) => wix.createPackage(request, key));
  }

  @Mutation(() => PackagePayload, {
    description:
      'Cancels every instance of a package: the customer loses access at once, and dependent services (e.g. a domain on the plan) stop.',
  })
  async cancelPackage(
    @Args(() => CancelPackageArgs) { id, accountId, idempotencyKey }: CancelPackageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<PackagePayload> {
    const wix = ctx.wix.forAccount(ctx.authorize(accountId));
    const mutation = {
      name: 'cancelPackage',
      idempotencyKey,
      args: { id },
      argumentOf: CANCEL_PACKAGE_ARGUMENTS,
    };
    return ctx.mutations.packagePayload(wix, mutation, (key) => wix.cancelPackage(id, key));
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
    // Wix takes no idempotency key here; setting the same external ID twice is harmless.
    const mutation = {
      name: 'updatePackageExternalId',
      idempotencyKey: undefined,
      args: {},
      argumentOf: UPDATE_PACKAGE_EXTERNAL_ID_ARGUMENTS,
    };
    return ctx.mutations.packagePayload(wix, mutation, () =>
      wix.updatePackageExternalId(id, externalId),
    );
  }
}
