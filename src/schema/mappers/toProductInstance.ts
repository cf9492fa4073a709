import type { ProductInstance as WireProductInstance } from '../../wix-api/types.js';
import type { Package } from '../Package.js';
import { ProductInstance } from '../ProductInstance.js';
import { toBillingInfo } from './toBillingInfo.js';

/** REST ProductInstance → GraphQL ProductInstance, linked to its package. */
export function toProductInstance(wire: WireProductInstance, pkg: Package): ProductInstance {
  return Object.assign(new ProductInstance(), {
    id: wire.instanceId,
    catalogProductId: wire.catalogProductId,
    status: wire.status,
    failure: wire.failure && { code: wire.failure.code, message: wire.failure.message },
    billingInfo: wire.billingInfo && toBillingInfo(wire.billingInfo),
    countryCode: wire.countryCode,
    discountCode: wire.discountCode,
    expirationDate: wire.expirationDate ? new Date(wire.expirationDate) : undefined,
    referenceProductInstanceId: wire.referenceProductInstanceId,
    createdDate: new Date(wire.createdDate),
    // Absent from some Wix answers (docs/wix-api.md): the creation time stands in.
    updatedDate: new Date(wire.updatedDate || wire.createdDate),
    package: pkg,
    siteId: wire.siteId || undefined,
  });
}
