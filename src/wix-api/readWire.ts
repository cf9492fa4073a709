/**
 * The tolerant reader: parses an upstream answer against an endpoint's
 * schema, serves what can be served, and lists every way the answer departs
 * from the documented contract (docs/wix-api.md).
 *
 * The strict schema runs first; an answer that matches it (the usual case)
 * costs one zod parse. Only an answer that fails it is parsed a second time
 * with the tolerant twin derived below, where unknown keys are dropped, an
 * unknown enum value becomes the enum's unknown value, and a missing or
 * malformed field becomes undefined or its type's neutral value, except the
 * keys an object is `needed` with: an object missing one is left out of its
 * list, and when that reaches the root the answer is a contract breach.
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

/** Reads `body` with `schema`; `ok: false` only when a needed key is missing at the root. */
export function readWire(schema: z.ZodType, body: unknown): WireReading<unknown> {
  const strict = schema.safeParse(body, { reportInput: true });
  if (strict.success) return { ok: true, value: strict.data, drift: [] };
  const drift = strict.error.issues.flatMap((issue) => driftOf(schema, issue));
  const tolerant = tolerantOf(schema).safeParse(body);
  if (tolerant.success) return { ok: true, value: tolerant.data, drift };
  return { ok: false, path: formatPath(tolerant.error.issues[0]?.path ?? []), drift };
}

/** Every departure of `body` from `schema`, without reading it (the live contract check). */
export function wireDrift(schema: z.ZodType, body: unknown): Drift[] {
  const strict = schema.safeParse(body, { reportInput: true });
  return strict.success ? [] : strict.error.issues.flatMap((issue) => driftOf(schema, issue));
}

function driftOf(root: z.ZodType, issue: z.core.$ZodIssue): Drift[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      kind: 'unknown_field' as const,
      path: formatPath([...path, key]),
      value: key.slice(0, 64),
    }));
  }
  const at = formatPath(path);
  if (isNeededKey(root, path)) return [{ kind: 'contract', path: at }];
  if (issue.code === 'invalid_value' && typeof issue.input === 'string') {
    return [{ kind: 'unknown_enum', path: at, value: String(issue.input).slice(0, 64) }];
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return [{ kind: 'missing_field', path: at }];
  }
  return [{ kind: 'wrong_type', path: at }];
}

/** Whether the last key of `path` is one its object is `needed` with. */
function isNeededKey(root: z.ZodType, path: readonly PropertyKey[]): boolean {
  let schema: z.ZodType | undefined = root;
  for (let i = 0; i < path.length && schema; i += 1) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject) {
      const key = String(path[i]);
      if (i === path.length - 1) return readerHints.get(schema)?.needed?.includes(key) ?? false;
      schema = schema.shape[key] as z.ZodType | undefined;
    } else if (schema instanceof z.ZodArray) {
      schema = schema.element as z.ZodType;
    } else if (schema instanceof z.ZodRecord) {
      schema = schema.valueType as z.ZodType;
    } else {
      return false;
    }
  }
  return false;
}

function formatPath(path: readonly PropertyKey[]): string {
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
const tolerantTwins = new WeakMap<z.ZodType, z.ZodType>();

/** The tolerant twin of a strict schema, built once per schema. */
function tolerantOf(schema: z.ZodType): z.ZodType {
  let twin = tolerantTwins.get(schema);
  if (twin === undefined) {
    twin = buildTolerant(schema);
    tolerantTwins.set(schema, twin);
  }
  return twin;
}

function buildTolerant(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional) return tolerantOf(schema.unwrap() as z.ZodType).optional();
  if (schema instanceof z.ZodObject) {
    const needed = readerHints.get(schema)?.needed ?? [];
    const shape: Record<string, z.ZodType> = {};
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const twin = tolerantOf(unwrap(field));
      const fallback = field instanceof z.ZodOptional ? undefined : neutralValue(field);
      shape[key] =
        needed.includes(key) || fallback === NO_DEFAULT
          ? field instanceof z.ZodOptional
            ? twin.optional()
            : twin
          : twin.catch(() => structuredClone(fallback));
    }
    // z.object drops keys outside the shape.
    return z.object(shape);
  }
  if (schema instanceof z.ZodArray) {
    const element = tolerantOf(schema.element as z.ZodType);
    // One unreadable item is left out; the rest of the list is served.
    return z.array(z.unknown()).transform((items) =>
      items.flatMap((item) => {
        const read = element.safeParse(item);
        return read.success ? [read.data] : [];
      }),
    );
  }
  const unknownValue = readerHints.get(schema)?.unknownValue;
  if (schema instanceof z.ZodEnum && unknownValue !== undefined) {
    const known = new Set<unknown>(schema.options);
    return z.string().transform((value) => (known.has(value) ? value : unknownValue));
  }
  return schema;
}

/** What a missing or malformed required field reads as, when anything honest can stand in. */
function neutralValue(schema: z.ZodType): unknown {
  if (schema instanceof z.ZodString) return '';
  if (schema instanceof z.ZodBoolean) return false;
  if (schema instanceof z.ZodNumber) return 0;
  if (schema instanceof z.ZodArray) return [];
  const unknownValue = readerHints.get(schema)?.unknownValue;
  if (unknownValue !== undefined) return unknownValue;
  if (schema instanceof z.ZodObject) {
    const empty = tolerantOf(schema).safeParse({});
    return empty.success ? empty.data : NO_DEFAULT;
  }
  return NO_DEFAULT;
}
