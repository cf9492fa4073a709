import type {
  AdjustProductInstanceRequest,
  CreatePackageRequest,
  Package,
  QueryPackagesRequest,
  QueryPackagesResponse,
} from '../wix-api/types.js';
import type { WixEndpointName } from '../wix-api/endpoints.js';
import { upstreamUnavailable } from '../errors/index.js';
import { WixHttpClient, type EndpointRequest } from './WixHttpClient.js';

/**
 * Idempotency key of a Resellers write (≤ 100 characters). Required, so that
 * every write can be retried safely under it (the emulator replays the first
 * response for the same key and body; Wix documents no such promise:
 * docs/wix-api.md "Idempotency").
 */
export interface WriteOptions {
  idempotencyKey: string;
}

type PackageWrite = Extract<
  WixEndpointName,
  | 'createPackage'
  | 'cancelPackage'
  | 'assignInstance'
  | 'unassignInstance'
  | 'adjustInstance'
  | 'cancelInstance'
>;

/** Resellers › Packages and Product Instances (docs/wix-api.md, Resellers): one method per endpoint. */
export class ResellersApi extends WixHttpClient {
  protected readonly api = 'resellers' as const;

  createPackage(accountId: string, request: CreatePackageRequest & WriteOptions): Promise<Package> {
    return this.writePackage('createPackage', {
      params: {},
      accountId,
      body: request,
      action: `create a package in account "${accountId}"`,
    });
  }

  async getPackage(accountId: string, id: string): Promise<Package> {
    const response = await this.request('getPackage', {
      params: { id },
      accountId,
      action: `get package "${id}"`,
    });
    return response.package;
  }

  /** One page; the result covers the whole account family (docs/wix-api.md "Query Packages"). */
  queryPackages(accountId: string, request: QueryPackagesRequest): Promise<QueryPackagesResponse> {
    return this.request('queryPackages', {
      params: {},
      accountId,
      body: request,
      action: 'query packages',
    });
  }

  cancelPackage(accountId: string, id: string, options: WriteOptions): Promise<Package> {
    return this.writePackage('cancelPackage', {
      params: { id },
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
    return this.writePackage('assignInstance', {
      params: { instanceId, siteId },
      accountId,
      body: options,
      action: `assign product instance "${instanceId}" to site "${siteId}"`,
    });
  }

  unassignInstance(accountId: string, instanceId: string, options: WriteOptions): Promise<Package> {
    return this.writePackage('unassignInstance', {
      params: { instanceId },
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
    return this.writePackage('adjustInstance', {
      params: { instanceId },
      accountId,
      body: request,
      action: `adjust product instance "${instanceId}"`,
    });
  }

  cancelInstance(accountId: string, instanceId: string, options: WriteOptions): Promise<Package> {
    return this.writePackage('cancelInstance', {
      params: { instanceId },
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
    const action = `update the external ID of package "${packageId}"`;
    const response = await this.request('updateExternalId', {
      params: { packageId, externalId },
      accountId,
      action,
    });
    // The schema says `updatedPackage`; the documented example answers `updated_package`.
    const updated = response.updatedPackage ?? response.updated_package;
    if (updated === undefined) {
      throw upstreamUnavailable(`Could not ${action}: Wix's answer lacks updatedPackage`, {
        reason: 'UPSTREAM_CONTRACT',
      });
    }
    return updated;
  }

  /** Every Resellers write answers `{idempotencyKey, package}`: the whole package after the change. */
  private async writePackage<N extends PackageWrite>(
    endpoint: N,
    request: EndpointRequest<N>,
  ): Promise<Package> {
    const response = await this.request<PackageWrite>(endpoint, request);
    return response.package;
  }
}
