/**
 * Structural check of a state document (from `PUT /_emulator/state` or the
 * persistence file). Deliberately shallow: it guarantees the collections the
 * code iterates exist, and leaves semantic consistency to whoever writes state.
 */
import { WixError } from './errors.js';
import type { EmulatorState } from './state.js';
import { isPlainObject, Violations } from './validation.js';

const REQUIRED = [
  'accounts',
  'apiKeys',
  'sites',
  'catalog',
  'packages',
  'allowedTransfers',
] as const;
const OPTIONAL = ['siteExtras', 'transitions', 'idempotency'] as const;

export function parseState(value: unknown): EmulatorState {
  if (!isPlainObject(value)) {
    throw WixError.validation([
      { field: 'state', description: 'must be a JSON object', violatedRule: 'FORMAT' },
    ]);
  }
  const violations = new Violations();
  for (const key of REQUIRED) {
    if (!Array.isArray(value[key])) violations.add(key, 'must be an array', 'REQUIRED_FIELD');
  }
  for (const key of OPTIONAL) {
    if (value[key] !== undefined && !Array.isArray(value[key])) {
      violations.add(key, 'must be an array');
    }
  }
  for (const key of [...REQUIRED, ...OPTIONAL]) {
    const list = value[key];
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, i) => {
      if (!isPlainObject(item)) violations.add(`${key}[${i}]`, 'must be an object');
    });
  }
  violations.throwIfAny();
  return {
    accounts: value.accounts,
    apiKeys: value.apiKeys,
    sites: value.sites,
    siteExtras: value.siteExtras ?? [],
    catalog: value.catalog,
    packages: value.packages,
    allowedTransfers: value.allowedTransfers,
    transitions: value.transitions ?? [],
    idempotency: value.idempotency ?? [],
  } as EmulatorState;
}
