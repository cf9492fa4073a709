/** The upstream keys the mutation runner derives: `gw-<uuid>`, plus `:<step>` for multi-step mutations. */
const DERIVED = /^gw-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(:[a-z]+)?$/;

/**
 * Whether `key` is one the gateway derived (fresh per run, so never sent by a
 * later request) rather than a caller's, which a caller may repeat.
 */
export function isDerivedKey(key: string): boolean {
  return DERIVED.test(key);
}
