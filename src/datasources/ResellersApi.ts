import {
  WIX_PATHS,
  type AdjustProductInstanceRequest,
  type CreatePackageRequest,
  type GetPackageResponse,
  type Package,
  type PackageMutationResponse,
  type QueryPackagesRequest,
  type QueryPackagesResponse,
  type UpdatePackageExternalIdResponse,
} from '../wix-api/types.js';
import { WixHttpClient, type UpstreamCall } from './WixHttpClient.js';

/**
 * Idempotency key of a Resellers write (≤ 100 characters). Required, so that
 * every write can be retried safely under it (the emulator replays the first
 * response for the same key and body; Wix documents no such promise:
 * docs/wix-api.md "Idempotency").
 */
export interface WriteOptions {
  idempotencyKey: string;
}

/** Resellers › Packages and Product Instances (docs/wix-api.md, Resellers): one method per endpoint. */
export class ResellersApi extends WixHttpClient {
  protected readonly api = 'resellers' as const;

  createPackage(accountId: string, request: CreatePackageRequest & WriteOptions): Promise<Package> {
    return this.writePackage({
      method: 'POST',
      path: WIX_PATHS.createPackage,
      accountId,
      body: request,
      action: `create a package in account "${accountId}"`,
    });
  }

  async getPackage(accountId: string, id: string): Promise<Package> {
    const response = await this.call<GetPackageResponse>({
      method: 'GET',
      path: WIX_PATHS.package(id),
      accountId,
      kind: 'read',
      action: `get package "${id}"`,
    });
    return response.package;
  }

  /** One page; the result covers the whole account family (docs/wix-api.md "Query Packages"). */
  queryPackages(accountId: string, request: QueryPackagesRequest): Promise<QueryPackagesResponse> {
    return this.call<QueryPackagesResponse>({
      method: 'POST',
      path: WIX_PATHS.queryPackages,
      accountId,
      body: request,
      kind: 'read',
      action: 'query packages',
    });
  }

  cancelPackage(accountId: string, id: string, options: WriteOptions): Promise<Package> {
    return this.writePackage({
      method: 'DELETE',
      path: WIX_PATHS.package(id),
      accountId,
      body: options,
      action: `cancel package "${id}"`,
    });
  }

  assignInstance(
    accountId: string,
    instanceId: string,
    siteId: string,
    options: WriteOptions,
  ): Promise<Package> {
    return this.writePackage({
      method: 'PATCH',
      path: WIX_PATHS.assignInstance(instanceId, siteId),
      accountId,
      body: options,
      action: `assign product instance "${instanceId}" to site "${siteId}"`,
    });
  }

  unassignInstance(accountId: string, instanceId: string, options: WriteOptions): Promise<Package> {
    return this.writePackage({
      method: 'PATCH',
      path: WIX_PATHS.unassignInstance(instanceId),
      accountId,
      body: options,
      action: `unassign product instance "${instanceId}"`,
    });
  }

  adjustInstance(
    accountId: string,
    instanceId: string,
    request: AdjustProductInstanceRequest & WriteOptions,
  ): Promise<Package> {
    return this.writePackage({
      method: 'PATCH',
      path: WIX_PATHS.instance(instanceId),
      accountId,
      body: request,
      action: `adjust product instance "${instanceId}"`,
    });
  }

  cancelInstance(accountId: string, instanceId: string, options: WriteOptions): Promise<Package> {
    return this.writePackage({
      method: 'DELETE',
      path: WIX_PATHS.instance(instanceId),
      accountId,
      body: options,
      action: `cancel product instance "${instanceId}"`,
    });
  }

  async updatePackageExternalId(
    accountId: string,
    packageId: string,
    externalId: string,
  ): Promise<Package> {
    const response = await this.call<UpdatePackageExternalIdResponse>({
      method: 'PATCH',
      path: WIX_PATHS.updateExternalId(packageId, externalId),
      accountId,
      kind: 'write',
      action: `update the external ID of package "${packageId}"`,
    });
    return response.updatedPackage;
  }

  /** Every Resellers write answers `{idempotencyKey, package}`: the whole package after the change. */
  private async writePackage(call: Omit<UpstreamCall, 'kind'>): Promise<Package> {
    const response = await this.call<PackageMutationResponse>({ ...call, kind: 'write' });
    return response.package;
  }
}
