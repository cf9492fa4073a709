import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { ConfigError } from './envReaders.js';

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

/** `catalog[2].billingCycles[0].type`, with the entry's `id` when it has one. */
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
