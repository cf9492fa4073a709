/**
 * Finding packages, instances, sites and products for an acting account.
 * Ownership is strict (the header account must own the package, docs/wix-api.md "Authentication and headers"),
 * and a foreign resource answers exactly like a missing one so nothing about
 * other accounts leaks.
 */
import type { Package, ProductInstance, Site } from '../../wix-api/types.js';
import { findAccount } from '../accounts.js';
import { WixError } from '../errors.js';
import type { CatalogProduct, EmulatorState } from '../state.js';

export function requireAccount(state: EmulatorState, accountId: string): void {
  if (!findAccount(state, accountId)) {
    throw WixError.application('ACCOUNT_NOT_FOUND', `Account ${accountId} was not found`);
  }
}

/** An unknown acting account answers ACCOUNT_NOT_FOUND before its package or instance is looked for. */
export function requireOwnPackage(state: EmulatorState, accountId: string, id: string): Package {
  requireAccount(state, accountId);
  const pkg = state.packages.find((p) => p.id === id && p.accountId === accountId);
  if (!pkg) throw WixError.application('PACKAGE_NOT_FOUND', `Package ${id} was not found`);
  return pkg;
}

export interface OwnedInstance {
  pkg: Package;
  instance: ProductInstance;
}

export function requireOwnInstance(
  state: EmulatorState,
  accountId: string,
  instanceId: string,
): OwnedInstance {
  requireAccount(state, accountId);
  for (const pkg of state.packages) {
    if (pkg.accountId !== accountId) continue;
    const instance = pkg.productInstances.find((i) => i.instanceId === instanceId);
    if (instance) return { pkg, instance };
  }
  throw WixError.application(
    'PRODUCT_INSTANCE_NOT_FOUND',
    `Product instance ${instanceId} was not found`,
  );
}

export function requireOwnSite(state: EmulatorState, accountId: string, siteId: string): Site {
  const site = state.sites.find((s) => s.id === siteId && s.ownerAccountId === accountId);
  // Wix's message names the real owner; the emulator deliberately does not.
  if (!site) {
    throw WixError.application(
      'SITE_NOT_FOUND',
      `Site ${siteId} was not found in account ${accountId}`,
    );
  }
  return site;
}

export function findProduct(state: EmulatorState, id: string): CatalogProduct | undefined {
  return state.catalog.find((p) => p.id === id);
}

export function productOf(
  state: EmulatorState,
  instance: ProductInstance,
): CatalogProduct | undefined {
  return findProduct(state, instance.catalogProductId);
}

/** Every instance of the state with its package. */
export function allInstances(state: EmulatorState): OwnedInstance[] {
  return state.packages.flatMap((pkg) =>
    pkg.productInstances.map((instance) => ({ pkg, instance })),
  );
}
