/**
 * The sites an account's site list shows before the caller's filter applies.
 * Emulator choice following a third-party observation (docs/wix-api.md "Which sites are listed", unconfirmed):
 * unless the filter mentions `namespace`, only `WIX`-namespace sites are listed,
 * so headless and other special sites need `namespace: {"$in": [...]}`.
 */
import type { Site } from '../../wix-api/types.js';
import type { EmulatorState } from '../state.js';
import { isPlainObject } from '../validation.js';

export function listedSites(state: EmulatorState, accountId: string, filter: unknown): Site[] {
  const owned = state.sites.filter((s) => s.ownerAccountId === accountId);
  return mentionsField(filter, 'namespace') ? owned : owned.filter((s) => s.namespace === 'WIX');
}

function mentionsField(filter: unknown, name: string): boolean {
  if (Array.isArray(filter)) return filter.some((f) => mentionsField(f, name));
  if (!isPlainObject(filter)) return false;
  return Object.entries(filter).some(
    ([key, value]) => key === name || (key.startsWith('$') && mentionsField(value, name)),
  );
}
