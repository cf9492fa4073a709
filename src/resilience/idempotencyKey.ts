import { randomUUID } from 'node:crypto';

/**
 * The `idempotencyKey` of one upstream write: the caller's, else one derived
 * for this mutation field (and step, for multi-step mutations). It is chosen
 * once, before the first attempt, so every retry of the same logical write
 * carries the same key and Wix replays instead of provisioning again.
 */
export function idempotencyKey(callerKey?: string, step?: string): string {
  const base = callerKey ?? `gw-${randomUUID()}`;
  return step ? `${base}:${step}` : base;
}
