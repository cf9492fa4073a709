/**
 * Create Package (V2 and deprecated v1), docs/wix-api.md "Create Package V2". Every rule is checked
 * before the first write, in the order of Wix's errors table, so a rejected
 * request changes nothing.
 */
import { randomUUID } from 'node:crypto';
import type { Package, ProductInstance, Site } from '../../wix-api/types.js';
import { WixError } from '../errors.js';
import { recomputePremium } from '../sites/premium.js';
import type { CatalogProduct, EmulatorState, PendingTransition } from '../state.js';
import { resolveBillingCycle } from './billingCycle.js';
import { REFERENCEABLE_STATUSES } from './instanceStatus.js';
import { allInstances, findProduct, requireAccount, requireOwnSite } from './lookups.js';
import type { CreatePackageInput, ProductRequest } from './parseCreatePackage.js';
import { checkSubscriptionLimit, requireSellableProducts } from './productRules.js';
import { checkPrerequisites, checkTypeFreeOnSite } from './siteRules.js';

export interface Clock {
  nowMs: number;
  activationDelayMs: number;
}

export function createPackage(
  state: EmulatorState,
  accountId: string,
  input: CreatePackageInput,
  clock: Clock,
): Package {
  requireAccount(state, accountId);
  requireSellableProducts(
    state,
    input.products.map((p) => p.catalogProductId),
  );
  const product = (r: ProductRequest) => findProduct(state, r.catalogProductId) as CatalogProduct;
  const cycles = input.products.map((r) => resolveBillingCycle(product(r), r.billingInfo));
  const sites = input.products.map((r) =>
    r.siteId ? requireOwnSite(state, accountId, r.siteId) : undefined,
  );
  checkRequestAssignments(input.products, sites, product);
  input.products.forEach((r, i) => {
    const site = sites[i];
    if (!site) return;
    checkTypeFreeOnSite(state, site, product(r));
    checkPrerequisites(site, product(r));
  });
  checkReferences(state, accountId, input.products);
  const perProduct = new Map<string, number>();
  for (const r of input.products) {
    perProduct.set(r.catalogProductId, (perProduct.get(r.catalogProductId) ?? 0) + 1);
  }
  for (const [id, count] of perProduct) {
    checkSubscriptionLimit(state, accountId, findProduct(state, id) as CatalogProduct, count);
  }

  const now = new Date(clock.nowMs).toISOString();
  const settleAt = new Date(clock.nowMs + clock.activationDelayMs).toISOString();
  const instances = input.products.map((r, i): ProductInstance => {
    const instance: ProductInstance = {
      instanceId: randomUUID(),
      catalogProductId: r.catalogProductId,
      status: 'PENDING',
      billingInfo: cycles[i],
      createdDate: now,
      updatedDate: now,
    };
    if (r.siteId) instance.siteId = r.siteId;
    if (r.countryCode) instance.countryCode = r.countryCode;
    if (r.discountCode) instance.discountCode = r.discountCode;
    if (r.referenceProductInstanceId) {
      instance.referenceProductInstanceId = r.referenceProductInstanceId;
    }
    state.transitions.push(transitionFor(instance.instanceId, product(r), settleAt));
    return instance;
  });
  const pkg: Package = {
    id: randomUUID(),
    accountId,
    productInstances: instances,
    createdDate: now,
    updatedDate: now,
  };
  if (input.externalId !== undefined) pkg.externalId = input.externalId;
  state.packages.push(pkg);
  recomputePremium(state, now);
  return pkg;
}

function transitionFor(instanceId: string, product: CatalogProduct, at: string): PendingTransition {
  if (!product.deliveryFailure) return { instanceId, at, to: 'ENABLED' };
  return { instanceId, at, to: 'FAILED', failure: { ...product.deliveryFailure } };
}

/** Within one request: no product twice on a site, no product type twice on a site. */
function checkRequestAssignments(
  requests: ProductRequest[],
  sites: (Site | undefined)[],
  product: (r: ProductRequest) => CatalogProduct,
): void {
  const seenProducts = new Set<string>();
  const seenTypes = new Set<string>();
  requests.forEach((r, i) => {
    const site = sites[i];
    if (!site) return;
    const productKey = `${site.id}|${r.catalogProductId}`;
    if (seenProducts.has(productKey)) {
      throw WixError.application(
        'MULTIPLE_PRODUCT_ASSIGNMENTS',
        `Product ${r.catalogProductId} is assigned more than once to site ${site.id}`,
        { data: { siteId: site.id, catalogProductId: r.catalogProductId } },
      );
    }
    seenProducts.add(productKey);
  });
  requests.forEach((r, i) => {
    const site = sites[i];
    if (!site) return;
    const typeKey = `${site.id}|${product(r).productType}`;
    if (seenTypes.has(typeKey)) {
      throw WixError.application(
        'PRODUCT_TYPE_ALREADY_ASSIGNED',
        `Site ${site.id} would hold two products of type ${product(r).productType}`,
        { data: { siteId: site.id, productType: product(r).productType } },
      );
    }
    seenTypes.add(typeKey);
  });
}

/** A reference instance must be the caller's, PENDING/ENABLED, and used only once. */
function checkReferences(
  state: EmulatorState,
  accountId: string,
  requests: ProductRequest[],
): void {
  const instances = allInstances(state);
  const used = new Set(
    instances.map(({ instance }) => instance.referenceProductInstanceId).filter(Boolean),
  );
  for (const r of requests) {
    const ref = r.referenceProductInstanceId;
    if (!ref) continue;
    const base = instances.find(
      ({ pkg, instance }) => pkg.accountId === accountId && instance.instanceId === ref,
    );
    if (!base || !REFERENCEABLE_STATUSES.has(base.instance.status) || used.has(ref)) {
      throw WixError.application(
        'INVALID_REFERENCE_PRODUCT_INSTANCE_ID',
        `Reference product instance ${ref} is invalid or already used`,
        { data: { referenceProductInstanceId: ref } },
      );
    }
    used.add(ref);
  }
}
