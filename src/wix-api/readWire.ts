/**
 * The tolerant reader: parses an upstream answer against an endpoint's
 * schema, serves what can be served, and lists every way the answer departs
 * from the documented contract (docs/wix-api.md).
 *
 * The strict schema parses every answer; one that matches it (the usual case)
 * costs that one zod parse. When it fails, each of zod's issues is repaired
 * in place in the freshly parsed JSON: an unknown key is left where it is
 * (nothing reads it), an unknown enum value becomes the enum's unknown value,
 * a missing or malformed field becomes undefined or its type's neutral value,
 * except the keys an object is `needed` with: an object missing one is left
 * out of its list, and when that reaches the root the answer is a contract
 * breach.
 */
import { z } from 'zod';
import { readerHints } from './schemas.js';

/** How an answer departs from the contract; the label of `gateway_upstream_drift_total`. */
export type DriftKind =
  | 'unknown_field'
  | 'unknown_enum'
  | 'missing_field'
  | 'wrong_type'
  /** A needed key is missing or malformed: its object was left out, or the answer refused. */
  | 'contract';

export interface Drift {
  kind: DriftKind;
  /** Where, with list indices folded: `sites[].editorType`. */
  path: string;
  /** The unknown key or enum value as received (at most 64 characters), for the log. */
  value?: string;
}

export type WireReading<T> =
  | { ok: true; value: T; drift: Drift[] }
  /** `path`: the needed key the answer lacks, e.g. `package.id`. */
  | { ok: false; path: string; drift: Drift[] };

type Key = PropertyKey;
type Container = Record<Key, unknown>;

/**
 * Reads `body` (freshly parsed JSON, repaired in place) with `schema`;
 * `ok: false` only when a needed key is missing at the root.
 */
export function readWire(schema: z.ZodType, body: unknown): WireReading<unknown> {
  const strict = schema.safeParse(body);
  if (strict.success) return { ok: true, value: strict.data, drift: [] };
  const drift: Drift[] = [];
  const dropped = new Map<unknown[], Set<number>>();
  let breach: string | undefined;
  for (const issue of strict.error.issues) {
    const outcome = repair(schema, body, issue, drift, dropped);
    if (outcome !== undefined) breach ??= outcome;
  }
  if (breach !== undefined) return { ok: false, path: breach, drift };
  for (const [list, indices] of dropped) {
    for (const index of [...indices].sort((a, b) => b - a)) list.splice(index, 1);
  }
  return { ok: true, value: body, drift };
}

/** Every departure of `body` from `schema`, without reading it (the live contract check). */
export function wireDrift(schema: z.ZodType, body: unknown): Drift[] {
  const drift: Drift[] = [];
  const copy = structuredClone(body);
  const strict = schema.safeParse(copy);
  if (!strict.success) {
    for (const issue of strict.error.issues) repair(schema, copy, issue, drift, new Map());
  }
  return drift;
}

/** Repairs one issue in place and records its drift; returns the breached path, if any. */
function repair(
  root: z.ZodType,
  body: unknown,
  issue: z.core.$ZodIssue,
  drift: Drift[],
  dropped: Map<unknown[], Set<number>>,
): string | undefined {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      drift.push({
        kind: 'unknown_field',
        path: formatPath([...path, key]),
        value: key.slice(0, 64),
      });
    }
    return undefined;
  }
  const at = formatPath(path);
  const walk = walkTo(root, body, path);
  if (walk === undefined) {
    drift.push({ kind: 'wrong_type', path: at });
    return path.length === 0 ? at : undefined;
  }
  const { field, parentSchema, parent, key, value } = walk;
  const needed = isNeeded(parentSchema, key);
  if (needed) {
    drift.push({ kind: 'contract', path: at });
    return leaveOut(root, body, path.slice(0, -1), dropped) ? undefined : at;
  }
  const optional = field instanceof z.ZodOptional;
  const inner = unwrap(field);
  const unknownValue = readerHints.get(inner)?.unknownValue;
  if (unknownValue !== undefined && typeof value === 'string') {
    drift.push({ kind: 'unknown_enum', path: at, value: value.slice(0, 64) });
    parent[key] = unknownValue;
    return undefined;
  }
  drift.push({ kind: value === undefined ? 'missing_field' : 'wrong_type', path: at });
  if (Array.isArray(parent)) {
    markDropped(dropped, parent, Number(key));
    return undefined;
  }
  if (optional) {
    delete parent[key];
    return undefined;
  }
  const neutral = neutralValue(inner);
  if (neutral !== NO_DEFAULT) {
    parent[key] = neutral;
    return undefined;
  }
  return leaveOut(root, body, path.slice(0, -1), dropped) ? undefined : at;
}

/**
 * Leaves out the object at `path` that cannot be served: dropped from its
 * list, or deleted from an object where it is optional; otherwise the
 * object holding it cannot be served either. False when that reaches the root.
 */
function leaveOut(
  root: z.ZodType,
  body: unknown,
  path: readonly Key[],
  dropped: Map<unknown[], Set<number>>,
): boolean {
  if (path.length === 0) return false;
  const walk = walkTo(root, body, path);
  if (walk === undefined) return false;
  const { field, parentSchema, parent, key } = walk;
  if (Array.isArray(parent)) {
    markDropped(dropped, parent, Number(key));
    return true;
  }
  if (!isNeeded(parentSchema, key) && field instanceof z.ZodOptional) {
    delete parent[key];
    return true;
  }
  return leaveOut(root, body, path.slice(0, -1), dropped);
}

function markDropped(dropped: Map<unknown[], Set<number>>, list: unknown[], index: number): void {
  let indices = dropped.get(list);
  if (indices === undefined) dropped.set(list, (indices = new Set()));
  indices.add(index);
}

interface Walk {
  /** The schema of the node at the path, as declared in its parent (optional kept). */
  field: z.ZodType;
  parentSchema: z.ZodType;
  parent: Container;
  key: Key;
  value: unknown;
}

/** The node at a non-empty `path`, its schema and its parent; undefined when the path leaves the data. */
function walkTo(root: z.ZodType, body: unknown, path: readonly Key[]): Walk | undefined {
  if (path.length === 0) return undefined;
  let schema: z.ZodType = root;
  let node: unknown = body;
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i];
    const container = unwrap(schema);
    let child: z.ZodType | undefined;
    if (container instanceof z.ZodObject) child = container.shape[String(key)] as z.ZodType;
    else if (container instanceof z.ZodArray) child = container.element as z.ZodType;
    else if (container instanceof z.ZodRecord) child = container.valueType as z.ZodType;
    if (child === undefined || typeof node !== 'object' || node === null) return undefined;
    const parent = node as Container;
    if (i === path.length - 1) {
      return { field: child, parentSchema: container, parent, key, value: parent[key] };
    }
    schema = child;
    node = parent[key];
  }
  return undefined;
}

function isNeeded(parentSchema: z.ZodType, key: Key): boolean {
  return readerHints.get(parentSchema)?.needed?.includes(String(key)) ?? false;
}

function formatPath(path: readonly Key[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += '[]';
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
}

const NO_DEFAULT = Symbol('no default');

/** What a missing or malformed required field reads as, when anything honest can stand in. */
function neutralValue(schema: z.ZodType): unknown {
  if (schema instanceof z.ZodString) return '';
  if (schema instanceof z.ZodBoolean) return false;
  if (schema instanceof z.ZodNumber) return 0;
  if (schema instanceof z.ZodArray) return [];
  const unknownValue = readerHints.get(schema)?.unknownValue;
  if (unknownValue !== undefined) return unknownValue;
  if (schema instanceof z.ZodObject && (readerHints.get(schema)?.needed ?? []).length === 0) {
    // An object of required neutral fields (a page's metadata): each field neutral.
    const value: Container = {};
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      if (field instanceof z.ZodOptional) continue;
      const neutral = neutralValue(field);
      if (neutral === NO_DEFAULT) return NO_DEFAULT;
      value[key] = neutral;
    }
    return value;
  }
  return NO_DEFAULT;
}
