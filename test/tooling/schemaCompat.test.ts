/**
 * The breaking-change gate run by `npm run lint` (scripts/check-schema-compat.mjs),
 * driven as CI drives it, on schemas written for each rule.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'schema-compat-'));

const BASE = `
type Query {
  site(id: ID!): Site
  legacySites: [Site!]! @deprecated(reason: "Use site(id).")
}
type Site {
  id: ID!
  name: String!
  editorType: EditorType
}
enum EditorType {
  EDITOR
  STUDIO
  ADI @deprecated(reason: "Wix retired it.")
}
`;

async function check(
  schema: string,
  accepted: { change: string; why: string }[] = [],
): Promise<{ code: number; output: string }> {
  const name = `${Math.random().toString(36).slice(2)}`;
  writeFileSync(join(dir, `${name}.base.graphql`), BASE);
  writeFileSync(join(dir, `${name}.graphql`), schema);
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ accepted }));
  try {
    const { stdout, stderr } = await run(process.execPath, [
      'scripts/check-schema-compat.mjs',
      `--base-file=${join(dir, `${name}.base.graphql`)}`,
      `--schema=${join(dir, `${name}.graphql`)}`,
      `--declared=${join(dir, `${name}.json`)}`,
    ]);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('the schema breaking-change gate', () => {
  it('passes additions: a new field, a new optional argument and a new enum value', async () => {
    const result = await check(
      BASE.replace('name: String!', 'name: String!\n  displayName: String')
        .replace('site(id: ID!)', 'site(id: ID!, accountId: ID)')
        .replace('STUDIO', 'STUDIO\n  UNKNOWN'),
    );
    expect(result).toEqual({
      code: 0,
      output: expect.stringContaining('no undeclared breaking change'),
    });
  });

  it('fails on a removed field that was never deprecated, naming it', async () => {
    const result = await check(BASE.replace('  name: String!\n', ''));
    expect(result.code).toBe(1);
    expect(result.output).toContain('FIELD_REMOVED: Site.name was removed.');
  });

  it('fails on a changed field type and on a required argument added', async () => {
    const result = await check(
      BASE.replace('name: String!', 'name: Int!').replace(
        'site(id: ID!)',
        'site(id: ID!, accountId: ID!)',
      ),
    );
    expect(result.code).toBe(1);
    expect(result.output).toContain('Site.name changed type from String! to Int!.');
    expect(result.output).toContain('A required arg accountId on Query.site was added.');
  });

  it('passes removing what the old schema had deprecated: deprecate first, remove later', async () => {
    const result = await check(
      BASE.replace(/ {2}legacySites.*\n/, '').replace(/ {2}ADI @deprecated.*\n/, ''),
    );
    expect(result).toEqual({
      code: 0,
      output: expect.stringContaining('2 deprecated first or declared'),
    });
  });

  it('fails on a removed enum value that was not deprecated', async () => {
    const result = await check(BASE.replace('  STUDIO\n', ''));
    expect(result.code).toBe(1);
    expect(result.output).toContain('STUDIO was removed from enum type EditorType.');
  });

  it('passes a breaking change declared with its reason, and only that one', async () => {
    const schema = BASE.replace('  name: String!\n', '').replace('  STUDIO\n', '');
    const result = await check(schema, [
      { change: 'Site.name was removed.', why: 'Wix no longer returns it.' },
    ]);
    expect(result.code).toBe(1);
    expect(result.output).not.toContain('Site.name');
    expect(result.output).toContain('STUDIO was removed from enum type EditorType.');
  });

  it('refuses a declaration without a reason', async () => {
    const result = await check(BASE, [{ change: 'Site.name was removed.', why: ' ' }]);
    expect(result.code).toBe(1);
    expect(result.output).toContain('needs "change" and a non-empty "why"');
  });
});
