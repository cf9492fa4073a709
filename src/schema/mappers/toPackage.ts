import type { Package as WirePackage } from '../../wix-api/types.js';
import { Package } from '../Package.js';
import { toProductInstance } from './toProductInstance.js';

/** REST Package → GraphQL Package, with its instances linked back to it. */
export function toPackage(wire: WirePackage, readAccountId?: string): Package {
  const pkg: Package = Object.assign(new Package(), {
    id: wire.id,
    accountId: wire.accountId,
    externalId: wire.externalId || undefined,
    createdDate: new Date(wire.createdDate),
    // Absent from some Wix answers (docs/wix-api.md): the creation time stands in.
    updatedDate: new Date(wire.updatedDate || wire.createdDate),
    productInstances: [],
    readAccountId,
  });
  pkg.productInstances = (wire.productInstances ?? []).map((i) => toProductInstance(i, pkg));
  return pkg;
}
