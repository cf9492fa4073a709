/** The fixed sequence every Resellers mutation runs: idempotency, the write, persistence. */
import type { FastifyRequest } from 'fastify';
import type { Package, PackageMutationResponse } from '../../wix-api/types.js';
import { familyRootId } from '../accounts.js';
import type { EmulatorContext } from '../context.js';
import { runIdempotent } from '../idempotency.js';
import type { EmulatorState } from '../state.js';
import { IDEMPOTENCY_KEY_MAX, isPlainObject, Violations } from '../validation.js';

export function mutate<T>(
  ctx: EmulatorContext,
  request: FastifyRequest,
  route: string,
  key: string | undefined,
  requestShape: unknown,
  write: (state: EmulatorState, now: string) => T,
): T {
  const state = ctx.store.state;
  const now = new Date(ctx.now()).toISOString();
  if (ctx.idempotency === 'ignore') {
    const response = write(state, now);
    ctx.store.save();
    markApplied(request);
    return response;
  }
  const { response, replayed } = runIdempotent(
    state,
    { accountId: request.accountId, route, key, request: requestShape },
    now,
    () => write(state, now),
  );
  if (!replayed) {
    ctx.store.save();
    markApplied(request);
  }
  return response;
}

/**
 * Marks the request log entry of a write that took effect: what tests and the
 * soak count duplicates from. The entry may already be logged (the client gave
 * up during a latency fault, and the write ran after).
 */
function markApplied(request: FastifyRequest): void {
  request.emulator.applied = true;
  if (request.emulator.entry) request.emulator.entry.applied = true;
}

/** `{idempotencyKey, package}`; the key is echoed only when one was sent. */
export function packageResponse(key: string | undefined, pkg: Package): PackageMutationResponse {
  const body = structuredClone(pkg);
  return key === undefined ? { package: body } : { idempotencyKey: key, package: body };
}

/**
 * The package as Assign and Unassign answer it: with `parentAccountId`, the
 * family's main account (the package's own account when it has no parent), as
 * Wix's examples of those two answers show (docs/wix-api.md "Package and
 * ProductInstance"). Not stored: other answers do not carry it.
 */
export function withParentAccount(state: EmulatorState, pkg: Package): Package {
  return { ...pkg, parentAccountId: familyRootId(state, pkg.accountId) };
}

/**
 * The `idempotencyKey` of a body-less-by-convention call (DELETE, PATCH with
 * only path params): taken from the body, else from the query string, since
 * clients differ in where they put it (docs/wix-api.md "Idempotency").
 */
export function readIdempotencyKey(request: FastifyRequest): string | undefined {
  const body = isPlainObject(request.body) ? request.body : {};
  const query = isPlainObject(request.query) ? request.query : {};
  const raw = body.idempotencyKey ?? query.idempotencyKey;
  const v = new Violations();
  const ok = v.string('idempotencyKey', raw, IDEMPOTENCY_KEY_MAX);
  v.throwIfAny();
  return ok ? (raw as string) : undefined;
}
