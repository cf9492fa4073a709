import { GatewayError, GatewayErrorCode } from '../errors/index.js';
import type { Package } from '../schema/Package.js';
import type { ProductInstance } from '../schema/ProductInstance.js';

/** The instance with `instanceId` in a package Wix returned for it. */
export function instanceOf(pkg: Package, instanceId: string): ProductInstance {
  const instance = pkg.productInstances.find((i) => i.id === instanceId);
  if (!instance) {
    // Wix answers an instance write with the package holding that instance.
    throw new GatewayError(
      GatewayErrorCode.INTERNAL_SERVER_ERROR,
      `Wix returned package "${pkg.id}" without product instance "${instanceId}"`,
    );
  }
  return instance;
}
