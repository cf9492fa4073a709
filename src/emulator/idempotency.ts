/**
 * `idempotencyKey` semantics, which Wix leaves unconfirmed (docs/wix-api.md
 * "Idempotency"), so the emulator models both worlds:
 * - `replay`: per account + route + key, the first successful response is
 *   recorded. The same key with the same path params and body replays it
 *   without touching state; with different ones it is a 409
 *   IDEMPOTENCY_KEY_REUSED. Failed requests record nothing, so they may be
 *   retried with the same key.
 * - `ignore`: the key is echoed and otherwise ignored, as an upstream that does
 *   not de-duplicate would: a repeated request runs (and provisions) again.
 */
import { WixError } from './errors.js';
import type { EmulatorState, IdempotencyRecord } from './state.js';

export const IDEMPOTENCY_MODES = ['replay', 'ignore'] as const;
export type IdempotencyMode = (typeof IDEMPOTENCY_MODES)[number];

/** `WIX_EMULATOR_IDEMPOTENCY` (`replay` | `ignore`, default `replay`); any other value throws. */
export function idempotencyModeFromEnv(
  env: Record<string, string | undefined>,
  name = 'WIX_EMULATOR_IDEMPOTENCY',
): IdempotencyMode {
  const raw = env[name];
  if (raw === undefined || raw === '') return 'replay';
  if ((IDEMPOTENCY_MODES as readonly string[]).includes(raw)) return raw as IdempotencyMode;
  throw new Error(
    `${name} must be one of ${IDEMPOTENCY_MODES.join(', ')}, got ${JSON.stringify(raw)}`,
  );
}

/** Oldest records are forgotten beyond this many. */
export const IDEMPOTENCY_RECORDS_MAX = 10_000;

export interface IdempotentCall {
  accountId: string;
  route: string;
  key: string | undefined;
  /** Everything that defines the request: path params and body. */
  request: unknown;
}

export function runIdempotent<T>(
  state: EmulatorState,
  call: IdempotentCall,
  now: string,
  execute: () => T,
): { response: T; replayed: boolean } {
  if (call.key === undefined) return { response: execute(), replayed: false };
  const fingerprint = stableStringify(call.request);
  const existing = state.idempotency.find(
    (r) => r.accountId === call.accountId && r.route === call.route && r.key === call.key,
  );
  if (existing) {
    if (existing.fingerprint !== fingerprint) {
      throw WixError.application(
        'IDEMPOTENCY_KEY_REUSED',
        `idempotencyKey ${JSON.stringify(call.key)} was already used with a different request`,
        { data: { idempotencyKey: call.key } },
      );
    }
    return { response: structuredClone(existing.response) as T, replayed: true };
  }
  const response = execute();
  const record: IdempotencyRecord = {
    accountId: call.accountId,
    route: call.route,
    key: call.key,
    fingerprint,
    statusCode: 200,
    response: structuredClone(response),
    createdDate: now,
  };
  state.idempotency.push(record);
  if (state.idempotency.length > IDEMPOTENCY_RECORDS_MAX) state.idempotency.shift();
  return { response, replayed: false };
}

/** JSON with object keys sorted, so key order in a body does not change its fingerprint. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
