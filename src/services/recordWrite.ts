import type { GatewayContext } from '../context.js';
import { toPackage } from '../schema/mappers/index.js';
import type { Package } from '../schema/Package.js';
import type { Package as WirePackage } from '../wix-api/types.js';

/**
 * After a write: forget everything this request has read (it may be stale now)
 * and remember the package exactly as the write returned it.
 */
export function recordWrite(ctx: GatewayContext, accountId: string, wire: WirePackage): Package {
  ctx.loaders.clearAll();
  ctx.loaders.forAccount(accountId).primePackages([wire]);
  return toPackage(wire, accountId);
}
