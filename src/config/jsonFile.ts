import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from './envReaders.js';
import { customSetting, type Setting } from './setting.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A GUID in a file; `message` says whose (`must be an account GUID`). */
export function fileGuid(message: string) {
  return z.string().regex(GUID, message);
}

/**
 * The entries of a file's list, each `id` once: Wix compares GUIDs
 * case-insensitively, so `ABC…` repeats `abc…`. `message` names the repeat.
 */
export function entriesWithUniqueIds<T extends { id: string }>(
  entry: z.ZodType<T>,
  message: string,
) {
  return z.array(entry).superRefine((entries, context) => {
    const seen = new Set<string>();
    entries.forEach(({ id }, index) => {
      if (seen.has(id.toLowerCase())) {
        context.addIssue({ code: 'custom', path: [index, 'id'], message });
      }
      seen.add(id.toLowerCase());
    });
  });
}

/**
 * Reads the JSON file at `path` (named by the variable `variable`) and checks
 * it against `schema`. Every failure is a ConfigError that names the variable,
 * the file and, for a bad value, where it is (`accounts[2].id: …`), so an
 * operator fixes the file from the one start-up line.
 */
export function readJsonFile<T extends z.ZodType>(
  variable: string,
  path: string,
  schema: T,
): z.output<T> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`${variable}: cannot read "${path}"`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${variable} ("${path}") is not JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => `${where(issue.path, json)}: ${issue.message}`);
  throw new ConfigError(`${variable} ("${path}"): ${problems.join('; ')}`);
}

/**
 * A variable naming a JSON file the operator writes, read and checked against
 * `schema` once at start-up (`readJsonFile`); `read` shapes what the file
 * holds, and the result is frozen. Unset: undefined.
 */
export function jsonFileSetting<S extends z.ZodType, T>(spec: {
  readonly name: string;
  /** What unset means, as the reference shows it (Markdown). */
  readonly defaultText: string;
  readonly description: string;
  readonly schema: S;
  readonly read: (file: z.output<S>) => T;
}): Setting<Readonly<T> | undefined> {
  return customSetting({
    name: spec.name,
    format: 'path of a JSON file',
    defaultText: spec.defaultText,
    description: spec.description,
    read: (path) =>
      path === undefined
        ? undefined
        : Object.freeze(spec.read(readJsonFile(spec.name, path, spec.schema))),
  });
}

/** `products[2].billingCycles[0].type`, with the entry's `id` when it has one. */
function where(path: readonly PropertyKey[], json: unknown): string {
  if (path.length === 0) return 'the file';
  let text = '';
  let value: unknown = json;
  let entryId: unknown;
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : `${text === '' ? '' : '.'}${String(key)}`;
    value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
    if (typeof key === 'number' && entryId === undefined && value && typeof value === 'object') {
      entryId = (value as { id?: unknown }).id;
    }
  }
  return typeof entryId === 'string' ? `${text} (entry "${entryId}")` : text;
}
