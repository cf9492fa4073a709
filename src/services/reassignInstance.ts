import {
  failedPrecondition,
  GatewayError,
  notFound,
  oneFieldViolation,
  upstreamUnavailable,
  type GatewayErrorExtensions,
} from '../errors/index.js';
import type { AccountAccess } from '../access/index.js';
import type { Package, Site } from '../wix-api/types.js';

/** What reassignInstance uses of the account it acts on. */
export type ReassignPort = Pick<
  AccountAccess,
  | 'accountId'
  | 'packageOfInstance'
  | 'site'
  | 'assignInstance'
  | 'unassignInstance'
  | 'rereadPackage'
>;

/** The logical writes of a move, each under its own idempotency key, reused by every retry. */
export type WriteStep = 'move' | 'restore';

/** The upstream idempotency key of each logical write of one run. */
export interface StepKeys {
  key(step: WriteStep): string;
}

export interface ReassignResult {
  /** The package after the move: Assign's answer, or re-read when that answer cannot be trusted. */
  pkg: Package;
  fromSite: Site | null;
  toSite: Site;
}

/**
 * Where the instance is after a failed move, in `extensions.instanceState`:
 * UNCHANGED (never left its site), RESTORED (left it and was put back),
 * FLOATING or MISPLACED (left it and could not be put back), UNKNOWN (could
 * not be re-read).
 */
export type InstanceState = 'UNCHANGED' | 'RESTORED' | 'FLOATING' | 'MISPLACED' | 'UNKNOWN';

const MOVABLE_STATUSES = new Set(['PENDING', 'ENABLED', 'AWAITING_ACTION']);

/**
 * Moves a product instance to another site without ever leaving it floating
 * unannounced. Wix's Assign is not atomic: a failed re-assignment may leave
 * the instance on the old site or on none (docs/wix-api.md "Assign Product Instance To Site"). So: validate before
 * writing, assign once, verify (Assign's answer, or a re-read when it failed),
 * and restore the original assignment if the instance is anywhere but the
 * target.
 */
export async function reassignInstance(
  wix: ReassignPort,
  run: StepKeys,
  instanceId: string,
  toSiteId: string,
): Promise<ReassignResult> {
  const account = wix.accountId;
  const pkg = await wix.packageOfInstance(instanceId);
  const instance = pkg?.productInstances.find((i) => i.instanceId === instanceId);
  if (!pkg || !instance) {
    throw notFound(
      `Product instance "${instanceId}" was not found in account "${account}"`,
      oneFieldViolation(
        'instanceId',
        'PRODUCT_INSTANCE_NOT_FOUND',
        'is not a product instance of the account',
      ),
    );
  }
  if (!MOVABLE_STATUSES.has(instance.status)) {
    throw failedPrecondition(
      `Product instance "${instanceId}" is ${instance.status}; only PENDING, ENABLED or AWAITING_ACTION instances can be moved`,
    );
  }
  const fromSiteId = instance.siteId || undefined;
  const [toSite, fromSite] = await Promise.all([
    wix.site(toSiteId),
    fromSiteId ? wix.site(fromSiteId) : Promise.resolve(null),
  ]);
  if (!toSite) {
    throw notFound(
      `Site "${toSiteId}" was not found in account "${account}"`,
      oneFieldViolation('toSiteId', 'SITE_NOT_FOUND', 'is not a site of the account'),
    );
  }
  if (fromSiteId && !fromSite) {
    throw failedPrecondition(
      `Product instance "${instanceId}" is on site "${fromSiteId}", which is not in account "${account}"; it could not be restored there if the move failed`,
    );
  }
  if (fromSiteId === toSiteId) return { pkg, fromSite, toSite };

  const move = await attempt(() => wix.assignInstance(instanceId, toSiteId, run.key('move')));
  const assignError = move.error;
  // A 200 from Assign carries the whole package after the change
  // (docs/wix-api.md "Assign Product Instance To Site"), so when it shows the instance on the target it is the
  // verification and a re-read would only repeat it. The documented partial
  // failure is a failed Assign: then, or when a success shows the instance
  // anywhere else, only a re-read tells where it really is.
  const answered = move.error ? undefined : placed(move.value, instanceId);
  const after = answered?.siteId === toSiteId ? answered : await locate(wix, pkg.id, instanceId);
  if ('error' in after) {
    throw failure(
      assignError ?? after.error,
      `Moving product instance "${instanceId}" to site "${toSiteId}" could not be verified (re-reading it failed); it may be on site "${fromSiteId ?? 'none'}", on site "${toSiteId}" or floating`,
      'UNKNOWN',
    );
  }
  if (after.siteId === toSiteId) {
    // Also when Assign failed: its response was lost but the move happened.
    return { pkg: after.pkg, fromSite, toSite };
  }
  const what = `Moving product instance "${instanceId}" to site "${toSiteId}" failed`;
  if (after.siteId === fromSiteId) {
    throw failure(assignError, `${what}; it is still ${placement(fromSiteId)}`, 'UNCHANGED');
  }

  const left = placement(after.siteId);
  const { error: restoreError } = await attempt(() =>
    fromSiteId
      ? wix.assignInstance(instanceId, fromSiteId, run.key('restore'))
      : wix.unassignInstance(instanceId, run.key('restore')),
  );
  // What Wix says of the restore's fields is not about the caller's inputs.
  if (restoreError) restoreError.wireViolations = [];
  const restored = await locate(wix, pkg.id, instanceId);
  if (!('error' in restored) && restored.siteId === fromSiteId) {
    throw failure(
      assignError,
      `${what} and left it ${left}; it was restored: it is ${placement(fromSiteId)} again`,
      'RESTORED',
    );
  }
  const now = 'error' in restored ? undefined : restored;
  throw failure(
    assignError ?? restoreError,
    now === undefined
      ? `${what} and left it ${left}; restoring it ${placement(fromSiteId)} could not be verified`
      : `${what} and restoring it failed: it is now ${placement(now.siteId)}`,
    now === undefined ? 'UNKNOWN' : now.siteId ? 'MISPLACED' : 'FLOATING',
    { currentSiteId: now?.siteId ?? null },
  );
}

async function attempt<T>(
  write: () => Promise<T>,
): Promise<{ value: T; error?: undefined } | { error: GatewayError }> {
  try {
    return { value: await write() };
  } catch (error) {
    if (error instanceof GatewayError) return { error };
    throw error;
  }
}

interface Placement {
  pkg: Package;
  siteId: string | undefined;
}

function placed(pkg: Package, instanceId: string): Placement {
  const instance = pkg.productInstances.find((i) => i.instanceId === instanceId);
  return { pkg, siteId: instance?.siteId || undefined };
}

async function locate(
  wix: ReassignPort,
  packageId: string,
  instanceId: string,
): Promise<Placement | { error: GatewayError }> {
  const read = await attempt(() => wix.rereadPackage(packageId));
  return read.error ? read : placed(read.value, instanceId);
}

function placement(siteId: string | undefined): string {
  return siteId ? `on site "${siteId}"` : 'floating (not assigned to any site)';
}

/** Re-issues the upstream failure (same code) with a message that says where the instance is. */
function failure(
  cause: GatewayError | undefined,
  message: string,
  instanceState: InstanceState,
  extra: GatewayErrorExtensions = {},
): GatewayError {
  const extensions: GatewayErrorExtensions = { ...cause?.extensions, ...extra, instanceState };
  delete extensions.code;
  if (!cause) {
    return upstreamUnavailable(
      `${message} (Wix reported success but the instance is elsewhere)`,
      extensions,
    );
  }
  const error = new GatewayError(cause.code, `${message}: ${cause.message}`, extensions);
  error.wireViolations = cause.wireViolations;
  return error;
}
