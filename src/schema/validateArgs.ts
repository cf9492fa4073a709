import {
  ARRAY_MAX_SIZE,
  ARRAY_MIN_SIZE,
  getMetadataStorage,
  IS_INT,
  IS_ISO31661_ALPHA_2,
  IS_LENGTH,
  MAX,
  MAX_LENGTH,
  MIN,
  validate,
  type ValidationError,
} from 'class-validator';
import { badUserInput, type FieldViolation } from '../errors/index.js';
import { IS_GUID } from './inputs/IsGuid.js';
import { IS_PATH_SAFE } from './inputs/IsPathSafe.js';

interface Violation extends FieldViolation {
  value: unknown;
}

/**
 * `reason` of each rule, in the words of Wix's `violatedRule` where it has
 * one, so a form reads one vocabulary whether the gateway or Wix refused a
 * field (docs/errors.md "Field violations").
 */
const RULE_REASONS: Readonly<Record<string, string>> = {
  [IS_GUID]: 'FORMAT',
  [IS_PATH_SAFE]: 'FORMAT',
  [IS_ISO31661_ALPHA_2]: 'FORMAT',
  [IS_INT]: 'FORMAT',
  [MAX_LENGTH]: 'MAX_LENGTH',
  [IS_LENGTH]: 'LENGTH',
  [MIN]: 'MIN',
  [MAX]: 'MAX',
  [ARRAY_MIN_SIZE]: 'MIN_SIZE',
  [ARRAY_MAX_SIZE]: 'MAX_SIZE',
};

/**
 * type-graphql `validateFn`: runs class-validator on every argument object and
 * reports all violations at once as BAD_USER_INPUT, each naming the field path
 * and the offending value. Runs before any resolver, so before any write.
 */
export async function validateArgs(argValue: unknown): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  const targets = Array.isArray(argValue) ? argValue : [argValue];
  const violations: Violation[] = [];
  for (const target of targets) {
    if (target === null || typeof target !== 'object' || !isConstrained(target)) continue;
    const errors = await validate(target, {
      // Absent optional fields are GraphQL's business (nullability), not ours.
      skipMissingProperties: true,
      forbidUnknownValues: false,
    });
    collect(errors, '', violations);
  }
  if (violations.length === 0) {
    for (const target of targets) {
      if (target !== null && typeof target === 'object' && isConstrained(target)) {
        lowerCaseGuids(target);
      }
    }
    return;
  }
  const message = violations
    .map((v) => `${v.field} ${describeValue(v.value)} ${v.description}`)
    .join('; ');
  throw badUserInput(`Invalid input: ${message}`, {
    fieldViolations: violations.map(({ field, reason, description }) => ({
      field,
      reason,
      description,
    })),
  });
}

/**
 * Wix compares GUIDs case-insensitively, the gateway's own records (caller
 * scopes, idempotency keys, same-account checks) byte for byte: every GUID
 * argument is lower-cased here, at the boundary, so `ABC…` and `abc…` are one
 * account everywhere.
 */
function lowerCaseGuids(target: object): void {
  const record = target as Record<string, unknown>;
  for (const rule of getMetadataStorage().getTargetValidationMetadatas(
    target.constructor,
    '',
    true,
    false,
  )) {
    const value = record[rule.propertyName];
    if (value === null || value === undefined) continue;
    if (rule.name === IS_GUID) {
      record[rule.propertyName] = Array.isArray(value)
        ? value.map((v) => (typeof v === 'string' ? v.toLowerCase() : v))
        : typeof value === 'string'
          ? value.toLowerCase()
          : value;
    } else if (rule.type === 'nestedValidation' && typeof value === 'object') {
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child !== null && typeof child === 'object') lowerCaseGuids(child);
      }
    }
  }
}

const constrained = new WeakMap<object, boolean>();

/**
 * Whether class-validator knows any rule for the argument's class. Field
 * resolvers validate their arguments once per parent object (50 sites, 50
 * times); a class without rules needs none of that work.
 */
function isConstrained(target: object): boolean {
  const type = target.constructor;
  let known = constrained.get(type);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length > 0;
    constrained.set(type, known);
  }
  return known;
}

function collect(errors: ValidationError[], prefix: string, out: Violation[]): void {
  for (const error of errors) {
    const field = /^\d+$/.test(error.property)
      ? `${prefix}[${error.property}]`
      : prefix
        ? `${prefix}.${error.property}`
        : error.property;
    for (const [rule, description] of Object.entries(error.constraints ?? {})) {
      out.push({ field, reason: RULE_REASONS[rule] ?? 'INVALID', description, value: error.value });
    }
    if (error.children?.length) collect(error.children, field, out);
  }
}

function describeValue(value: unknown): string {
  if (Array.isArray(value) && value.length > 5) return `(${value.length} items)`;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…"` : text;
}
