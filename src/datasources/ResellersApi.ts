import type {
  AdjustProductInstanceRequest,
  CreatePackageRequest,
  Package,
  ProductInstance,
  QueryPackagesRequest,
  QueryPackagesResponse,
} from '../wix-api/types.js';
import type { WixEndpointName } from '../wix-api/endpoints.js';
import { upstreamUnavailable } from '../errors/index.js';
import {
  isDerivedKey,
  sendPaidWrite,
  type UnsettledWrite,
  type WriteCheck,
} from '../resilience/index.js';
import { CLOCK_SKEW_MS, matchCreatedPackage } from './matchCreatedPackage.js';
import { readPackagePages } from './readPackagePages.js';
import { WixHttpClient, type EndpointRequest } from './WixHttpClient.js';

/**
 * Idempotency key of a Resellers write (≤ 100 characters). Required: with
 * `WIX_IDEMPOTENCY_REPLAY=trusted` a lost answer is resent under it; by
 * default the write is read back first (Wix documents no replay:
 * docs/wix-api.md "Idempotency").
 */
export interface WriteOptions {
  idempotencyKey: string;
}

type InstanceWrite = Extract<
  WixEndpointName,
  'assignInstance' | 'unassignInstance' | 'adjustInstance' | 'cancelInstance'
>;

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
    return this.writePackage(
      'createPackage',
      {
        params: {},
        accountId,
        body: request,
        action: `create a package in account "${accountId}"`,
      },
      async (sentAt) => {
        const candidates = await readPackagePages(
          this,
          accountId,
          {
            accountId: { $eq: accountId },
            createdDate: { $gte: new Date(sentAt - CLOCK_SKEW_MS).toISOString() },
            ...(request.externalId ? { externalId: { $eq: request.externalId } } : {}),
          },
          CREATED_PAGES_MAX,
        );
        if (candidates === undefined) {
          return { found: 'ambiguous', detail: 'too many packages were created since it was sent' };
        }
        return matchCreatedPackage(candidates, { accountId, request, sentAt });
      },
    );
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
    return this.writePackage(
      'cancelPackage',
      { params: { id }, accountId, body: options, action: `cancel package "${id}"` },
      async () => {
        const pkg = await this.getPackage(accountId, id);
        const canceled = pkg.productInstances.every((i) => i.status === 'CANCELED');
        return canceled ? { found: 'landed', value: pkg } : { found: 'absent' };
      },
    );
  }

  assignInstance(
    accountId: string,
    instanceId: string,
    siteId: string,
    options: WriteOptions,
  ): Promise<Package> {
    const action = `assign product instance "${instanceId}" to site "${siteId}"`;
    const request = { params: { instanceId, siteId }, accountId, body: options, action };
    return this.writeInstance('assignInstance', request, (i) => i.siteId === siteId);
  }

  unassignInstance(accountId: string, instanceId: string, options: WriteOptions): Promise<Package> {
    const action = `unassign product instance "${instanceId}"`;
    const request = { params: { instanceId }, accountId, body: options, action };
    return this.writeInstance('unassignInstance', request, (i) => !i.siteId);
  }

  adjustInstance(
    accountId: string,
    instanceId: string,
    body: AdjustProductInstanceRequest & WriteOptions,
  ): Promise<Package> {
    const action = `adjust product instance "${instanceId}"`;
    const request = { params: { instanceId }, accountId, body, action };
    return this.writeInstance('adjustInstance', request, (i) => isAdjusted(i, body));
  }

  cancelInstance(accountId: string, instanceId: string, options: WriteOptions): Promise<Package> {
    const action = `cancel product instance "${instanceId}"`;
    const request = { params: { instanceId }, accountId, body: options, action };
    return this.writeInstance('cancelInstance', request, (i) => i.status === 'CANCELED');
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

  /**
   * Every Resellers write answers `{idempotencyKey, package}`: the whole
   * package after the change. `check` reads back whether the write landed;
   * sendPaidWrite decides from it, after a lost answer, whether to send again.
   */
  private writePackage<N extends PackageWrite>(
    endpoint: N,
    request: EndpointRequest<N>,
    check: (sentAt: number) => Promise<WriteCheck<Package>>,
  ): Promise<Package> {
    const send = async () => (await this.request<PackageWrite>(endpoint, request)).package;
    const { paidWrites, budget, policies } = this.runtime;
    if (paidWrites.replay === 'trusted') return send();
    return sendPaidWrite(
      { action: request.action, send, check },
      {
        resends: paidWrites.resends,
        settleMs: paidWrites.settleMs,
        budget,
        mayResend: () => policies.tryRetry(),
        memory: this.unsettled(
          endpoint,
          request.accountId,
          (request.body as WriteOptions).idempotencyKey,
        ),
      },
    );
  }

  /**
   * Where a write whose outcome stayed unknown is remembered, so that a repeat
   * under the same key reads before it sends. Only a caller's key can come
   * back in a later request; a derived one is fresh for every run.
   */
  private unsettled(
    endpoint: PackageWrite,
    accountId: string,
    key: string,
  ): UnsettledWrite | undefined {
    if (isDerivedKey(key)) return undefined;
    const { store, ttlMs } = this.runtime.paidWrites.unsettled;
    const name = `unsettled:${endpoint}:${accountId}:${key}`;
    return {
      recall: async () => {
        const since = await store.recall(name);
        return typeof since === 'number' ? since : undefined;
      },
      remember: (since) => store.remember(name, since, ttlMs),
    };
  }

  /** A write to one instance: it landed when `landed` holds for the instance read back. */
  private writeInstance<N extends InstanceWrite>(
    endpoint: N,
    request: EndpointRequest<N> & { params: { instanceId: string } },
    landed: (instance: ProductInstance) => boolean,
  ): Promise<Package> {
    const { accountId } = request;
    const { instanceId } = request.params;
    return this.writePackage(endpoint, request, async () => {
      const { packages } = await this.queryPackages(accountId, {
        query: { filter: { 'productInstances.instanceId': { $hasSome: [instanceId] } } },
      });
      const pkg = packages.find((p) => p.productInstances.some((i) => i.instanceId === instanceId));
      const instance = pkg?.productInstances.find((i) => i.instanceId === instanceId);
      if (!pkg || !instance) {
        return { found: 'ambiguous', detail: `product instance "${instanceId}" was not found` };
      }
      return landed(instance) ? { found: 'landed', value: pkg } : { found: 'absent' };
    });
  }
}

/** Pages read back after a lost Create Package: beyond them the match is not attempted. */
const CREATED_PAGES_MAX = 10;

/** Whether an instance carries what an Adjust asked for (a count defaults to 1, as Wix reads it). */
function isAdjusted(instance: ProductInstance, request: AdjustProductInstanceRequest): boolean {
  if (request.catalogProductId && instance.catalogProductId !== request.catalogProductId) {
    return false;
  }
  const wanted = request.billingInfo;
  if (!wanted) return true;
  const now = instance.billingInfo;
  if (now?.type !== wanted.type) return false;
  if (!wanted.cycleDuration) return true;
  return (
    now.cycleDuration?.unit === wanted.cycleDuration.unit &&
    (now.cycleDuration.count ?? 1) === (wanted.cycleDuration.count ?? 1)
  );
}
