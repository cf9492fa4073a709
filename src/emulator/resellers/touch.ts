/** Marks an instance (and its package) as changed at `now`. */
import type { Package, ProductInstance } from '../../wix-api/types.js';

export function touch(pkg: Package, instance: ProductInstance | undefined, now: string): void {
  if (instance) instance.updatedDate = now;
  pkg.updatedDate = now;
}
