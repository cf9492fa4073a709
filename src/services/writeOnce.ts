import type { GatewayContext } from '../context.js';
import { idempotencyKey, runOnce } from '../resilience/index.js';
import type { Package } from '../wix-api/types.js';

export interface WriteOnceOptions {
  /** The mutation field, e.g. `createPackage`: keys never cross mutations. */
  mutation: string;
  /** The account acted on: keys never cross tenants. */
  accountId: string;
  /** The caller's `idempotencyKey`; without one the write simply runs (under a derived key). */
  callerKey: string | undefined;
  /** The request as sent upstream, without its key: a repeat must match it. */
  request: unknown;
  /** The one Resellers write, sent under `upstreamKey`. */
  write: (upstreamKey: string) => Promise<Package>;
}

/**
 * A single Resellers write under the caller's `idempotencyKey`, remembered by
 * the gateway as well as by Wix: a repeat (on any replica sharing the store)
 * answers the package the first write returned, byte for byte, without calling
 * Wix again; a repeat racing the first waits for it instead of sending the
 * same key upstream concurrently; other arguments under the same key are
 * refused before reaching Wix.
 */
export function writeOnce(ctx: GatewayContext, options: WriteOnceOptions): Promise<Package> {
  return runOnce<Package, Package>({
    store: ctx.idempotency,
    timing: ctx.idempotencyTiming,
    scope: `${options.mutation}:${options.accountId}`,
    key: options.callerKey,
    args: options.request,
    run: () => options.write(idempotencyKey(options.callerKey)),
    record: (pkg) => pkg,
    replay: async (pkg) => pkg,
  });
}
