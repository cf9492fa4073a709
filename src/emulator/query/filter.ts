/**
 * The Wix API Query Language filter (docs/wix-api.md "Query language and paging"), compiled against a per-endpoint
 * table of fields and allowed operators ("Query Packages", "Site filters" there). Anything outside the
 * table is a 400, never silently ignored: a client that works here must not
 * rely on an operator Wix would reject.
 */
import type { Violations } from '../validation.js';
import { isPlainObject } from '../validation.js';
import { compareValues, deepEqual } from './compareValues.js';

export const OPERATORS = [
  '$eq',
  '$ne',
  '$gt',
  '$gte',
  '$lt',
  '$lte',
  '$in',
  '$nin',
  '$startsWith',
  '$isEmpty',
  '$exists',
  '$hasSome',
  '$hasAll',
] as const;
export type Operator = (typeof OPERATORS)[number];

export type FieldType = 'string' | 'boolean' | 'date' | 'any';

export interface FieldSpec<T> {
  operators: readonly Operator[];
  /** The field's value on an item; for `array` fields, the list of values. */
  get: (item: T) => unknown;
  /** Array-valued field (e.g. `productInstances.siteId` across a package's instances). */
  array?: boolean;
  type: FieldType;
  /**
   * Operators whose meaning is not a comparison of `get`'s value (Site List's
   * `name` search): the item matches when this returns true for the operand.
   */
  custom?: Partial<Record<Operator, (item: T, operand: unknown) => boolean>>;
}

export interface FilterSpec<T> {
  fields: Record<string, FieldSpec<T>>;
  /** Whether `$and` / `$or` / `$not` are accepted. */
  logical: boolean;
}

export type Predicate<T> = (item: T) => boolean;

const ARRAY_OPERANDS = new Set<Operator>(['$in', '$nin', '$hasSome', '$hasAll']);
const BOOLEAN_OPERANDS = new Set<Operator>(['$exists', '$isEmpty']);
const RANGE = new Set<Operator>(['$gt', '$gte', '$lt', '$lte']);

/**
 * Compiles `filter`, adding a violation (field path under `path`) for each
 * unsupported field, operator or operand. Returns a predicate even when there
 * were violations; callers throw before using it.
 */
export function compileFilter<T>(
  filter: unknown,
  spec: FilterSpec<T>,
  violations: Violations,
  path: string,
): Predicate<T> {
  if (filter === undefined || filter === null) return () => true;
  if (!isPlainObject(filter)) {
    violations.add(path, 'filter must be an object');
    return () => true;
  }
  const parts: Predicate<T>[] = [];
  for (const [key, condition] of Object.entries(filter)) {
    const at = `${path}.${key}`;
    if (key === '$and' || key === '$or' || key === '$not') {
      if (!spec.logical) {
        violations.add(at, `operator ${key} is not supported by this endpoint`, 'CUSTOM');
        continue;
      }
      parts.push(compileLogical(key, condition, spec, violations, at));
      continue;
    }
    const field = spec.fields[key];
    if (!field) {
      violations.add(at, `filtering on "${key}" is not supported by this endpoint`, 'CUSTOM');
      continue;
    }
    parts.push(compileCondition(field, condition, violations, at));
  }
  return (item) => parts.every((p) => p(item));
}

function compileLogical<T>(
  key: '$and' | '$or' | '$not',
  condition: unknown,
  spec: FilterSpec<T>,
  violations: Violations,
  at: string,
): Predicate<T> {
  if (key === '$not') {
    const inner = compileFilter(condition, spec, violations, at);
    return (item) => !inner(item);
  }
  if (!Array.isArray(condition) || condition.length === 0) {
    violations.add(at, `${key} takes a non-empty array of filters`);
    return () => true;
  }
  const inner = condition.map((c, i) => compileFilter(c, spec, violations, `${at}[${i}]`));
  return key === '$and'
    ? (item) => inner.every((p) => p(item))
    : (item) => inner.some((p) => p(item));
}

function isOperatorObject(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'));
}

function compileCondition<T>(
  field: FieldSpec<T>,
  condition: unknown,
  violations: Violations,
  at: string,
): Predicate<T> {
  // `{"f": value}` is shorthand for `{"f": {"$eq": value}}` (docs/wix-api.md "Query language and paging").
  const ops = isOperatorObject(condition) ? condition : { $eq: condition };
  const parts: Predicate<T>[] = [];
  for (const [op, operand] of Object.entries(ops)) {
    const opAt = `${at}.${op}`;
    if (!(OPERATORS as readonly string[]).includes(op)) {
      violations.add(opAt, `unknown operator ${op}`, 'CUSTOM');
      continue;
    }
    const operator = op as Operator;
    if (!field.operators.includes(operator)) {
      violations.add(
        opAt,
        `operator ${op} is not supported on this field; allowed: ${field.operators.join(', ') || 'none'}`,
        'CUSTOM',
      );
      continue;
    }
    if (!checkOperand(field, operator, operand, violations, opAt)) continue;
    const custom = field.custom?.[operator];
    if (custom) {
      parts.push((item) => custom(item, operand));
      continue;
    }
    const test = operatorTest(operator, operand, field);
    parts.push((item) => test(field.get(item)));
  }
  return (item) => parts.every((p) => p(item));
}

function checkOperand<T>(
  field: FieldSpec<T>,
  op: Operator,
  operand: unknown,
  violations: Violations,
  at: string,
): boolean {
  if (BOOLEAN_OPERANDS.has(op)) {
    if (typeof operand === 'boolean') return true;
    violations.add(at, `${op} takes true or false`);
    return false;
  }
  if (op === '$startsWith') {
    if (typeof operand === 'string') return true;
    violations.add(at, '$startsWith takes a string');
    return false;
  }
  const values = ARRAY_OPERANDS.has(op) ? operand : [operand];
  if (!Array.isArray(values)) {
    violations.add(at, `${op} takes an array of values`);
    return false;
  }
  for (const value of values) {
    if (!valueFitsType(field.type, value, RANGE.has(op))) {
      violations.add(at, `${JSON.stringify(value)} is not a valid ${field.type} value`);
      return false;
    }
  }
  return true;
}

function valueFitsType(type: FieldType, value: unknown, range: boolean): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean' && !range;
    case 'date':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value));
    case 'any':
      return value !== undefined;
  }
}

/** Dates compare as instants, so `2024-01-01` and `2024-01-01T00:00:00.000Z` agree. */
function normalize(type: FieldType, value: unknown): unknown {
  return type === 'date' && typeof value === 'string' ? Date.parse(value) : value;
}

function operatorTest<T>(
  op: Operator,
  operand: unknown,
  field: FieldSpec<T>,
): (value: unknown) => boolean {
  const n = (v: unknown) => normalize(field.type, v);
  const eq = (a: unknown, b: unknown) => deepEqual(n(a), n(b));
  const present = (v: unknown) => v !== undefined && v !== null;
  // On array fields a scalar comparison holds when any element satisfies it.
  const each = (value: unknown, test: (v: unknown) => boolean) =>
    field.array && Array.isArray(value) ? value.some(test) : test(value);
  switch (op) {
    case '$eq':
      return (v) =>
        field.array && Array.isArray(v) && !Array.isArray(operand)
          ? v.some((e) => eq(e, operand))
          : eq(v, operand);
    case '$ne':
      return (v) =>
        !(field.array && Array.isArray(v) ? v.some((e) => eq(e, operand)) : eq(v, operand));
    case '$gt':
      return (v) => each(v, (e) => present(e) && compareValues(n(e), n(operand)) > 0);
    case '$gte':
      return (v) => each(v, (e) => present(e) && compareValues(n(e), n(operand)) >= 0);
    case '$lt':
      return (v) => each(v, (e) => present(e) && compareValues(n(e), n(operand)) < 0);
    case '$lte':
      return (v) => each(v, (e) => present(e) && compareValues(n(e), n(operand)) <= 0);
    case '$in':
      return (v) => each(v, (e) => (operand as unknown[]).some((o) => eq(e, o)));
    case '$nin':
      return (v) => !each(v, (e) => (operand as unknown[]).some((o) => eq(e, o)));
    case '$startsWith': {
      const prefix = (operand as string).toLowerCase();
      return (v) => each(v, (e) => typeof e === 'string' && e.toLowerCase().startsWith(prefix));
    }
    case '$isEmpty':
      return (v) => {
        const empty = !present(v) || ((typeof v === 'string' || Array.isArray(v)) && !v.length);
        return empty === operand;
      };
    case '$exists':
      return (v) => (field.array && Array.isArray(v) ? v.some(present) : present(v)) === operand;
    case '$hasSome':
      return (v) => {
        const values = Array.isArray(v) ? v : [v];
        return values.some((e) => present(e) && (operand as unknown[]).some((o) => eq(e, o)));
      };
    case '$hasAll':
      return (v) => {
        const values = Array.isArray(v) ? v : [v];
        return (operand as unknown[]).every((o) => values.some((e) => eq(e, o)));
      };
  }
}
