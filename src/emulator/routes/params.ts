/** Path parameter checks: malformed IDs are a 400 before any lookup. */
import { Violations } from '../validation.js';

/** Returns the params lower-cased, or throws one 400 naming every malformed one. */
export function guidParams<K extends string>(params: Record<K, string>): Record<K, string> {
  const v = new Violations();
  const result = {} as Record<K, string>;
  for (const [name, value] of Object.entries(params) as [K, string][]) {
    if (v.guid(name, value, true)) result[name] = value.toLowerCase();
  }
  v.throwIfAny();
  return result;
}
