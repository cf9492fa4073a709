/**
 * The breaking-change gate of the public schema (part of `npm run lint`).
 * Compares `schema.graphql` with the schema it replaces and fails on any change
 * that can break a client already written against it (graphql-js
 * `findBreakingChanges`: a type, field, argument or enum value removed or
 * changed, a required argument or input field added), unless either
 *   - what was removed carried `@deprecated` in the old schema (deprecate
 *     first, remove later), or
 *   - the change is declared in `schema-breaking-changes.json` with the reason
 *     frontend teams were told.
 * Additions (new types, fields, optional arguments, enum values) pass.
 *
 * The old schema: `--base-file=PATH`, else `git show REF:schema.graphql` where
 * REF is `SCHEMA_BASE_REF`, else `HEAD` when the working tree's schema differs
 * from it (a change not committed yet), else `HEAD~1` (the previous commit of
 * main). Without git history to compare with, it says so and passes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import {
  buildSchema,
  findBreakingChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';

const root = new URL('../', import.meta.url);
const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const match = /^--([a-z-]+)=(.*)$/.exec(arg);
    if (!match)
      throw new Error(
        `unknown argument "${arg}": expected --schema=PATH, --base-file=PATH or --declared=PATH`,
      );
    return [match[1], match[2]];
  }),
);
const schemaPath = args.schema ?? new URL('schema.graphql', root).pathname;
const declaredPath = args.declared ?? new URL('schema-breaking-changes.json', root).pathname;

const base = args['base-file']
  ? { sdl: readFileSync(args['base-file'], 'utf8'), from: args['base-file'] }
  : baseFromGit();
if (!base) {
  console.log(
    'schema compatibility: no earlier schema.graphql in git history to compare with; skipped',
  );
  process.exit(0);
}
const current = readFileSync(schemaPath, 'utf8');
const oldSchema = buildSchema(base.sdl);
const changes = findBreakingChanges(oldSchema, buildSchema(current));
const declared = existsSync(declaredPath) ? readDeclared(declaredPath) : new Map();
const deprecated = deprecatedRemovals(oldSchema);
const refused = changes.filter(
  (c) => !deprecated.has(c.description) && !declared.has(c.description),
);

if (refused.length === 0) {
  const allowed = changes.length ? ` (${changes.length} deprecated first or declared)` : '';
  console.log(`schema compatibility: no undeclared breaking change against ${base.from}${allowed}`);
} else {
  console.error(`schema compatibility: ${refused.length} breaking change(s) against ${base.from}:`);
  for (const change of refused) console.error(`  - ${change.type}: ${change.description}`);
  console.error(
    'Deprecate first (@deprecated with the replacement) and remove in a later release, or declare the\n' +
      `change with its reason in ${declaredPath.split('/').pop()}: { "accepted": [{ "change": "<the text above>", "why": "..." }] }`,
  );
  process.exit(1);
}

function baseFromGit() {
  const git = (...argv) =>
    execFileSync('git', argv, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    let ref = process.env.SCHEMA_BASE_REF;
    if (!ref) {
      const changed = git('status', '--porcelain', '--', 'schema.graphql').trim() !== '';
      ref = changed ? 'HEAD' : 'HEAD~1';
    }
    return { sdl: git('show', `${ref}:schema.graphql`), from: `${ref}:schema.graphql` };
  } catch {
    return undefined;
  }
}

/** The `description` of every accepted change, as findBreakingChanges words it. */
function readDeclared(path) {
  const { accepted } = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(accepted)) throw new Error(`${path}: "accepted" must be a list`);
  return new Map(
    accepted.map((entry, i) => {
      if (
        typeof entry?.change !== 'string' ||
        typeof entry?.why !== 'string' ||
        !entry.why.trim()
      ) {
        throw new Error(`${path}: accepted[${i}] needs "change" and a non-empty "why"`);
      }
      return [entry.change, entry.why];
    }),
  );
}

/**
 * The removals that are the second step of "deprecate first, remove later":
 * the words findBreakingChanges uses for removing each field, argument and
 * enum value that the old schema already marked `@deprecated`.
 */
function deprecatedRemovals(schema) {
  const allowed = new Set();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (value.deprecationReason)
          allowed.add(`${value.name} was removed from enum type ${type.name}.`);
      }
    } else if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.deprecationReason) allowed.add(`${type.name}.${field.name} was removed.`);
        for (const arg of field.args ?? []) {
          if (arg.deprecationReason)
            allowed.add(`${type.name}.${field.name} arg ${arg.name} was removed.`);
        }
      }
    }
  }
  return allowed;
}
