import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  parse,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The GraphQL a reader copies from the documentation: every ```graphql block
 * and curl example of the README files and docs/ must run against
 * schema.graphql, and select
 * `id` on every object that has one, so a client cache (Apollo's
 * InMemoryCache) normalizes what it stores instead of keeping unlinked
 * copies.
 */
const DOCUMENTS = [
  'README.md',
  'examples/README.md',
  'examples/web/README.md',
  'docs/frontend.md',
  'docs/architecture.md',
  'docs/errors.md',
  'docs/operations.md',
];
const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));

/** Its ```graphql blocks, and the documents of its `curl -d '{"query":"…"}'` lines. */
function graphqlBlocks(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const blocks = [...text.matchAll(/^ *```graphql\n([\s\S]*?)^ *```/gm)].map((m) => m[1]);
  const inCurl = [...text.matchAll(/-d '\{"query":("(?:[^"\\]|\\.)*")/g)]
    .map((m) => JSON.parse(m[1]) as string)
    .filter((query) => query !== '…');
  return [...blocks, ...inCurl];
}

/** The object types of `document` whose selection leaves out their `id`, with where. */
function selectionsWithoutId(document: DocumentNode): string[] {
  const typeInfo = new TypeInfo(schema);
  const missing: string[] = [];
  const selectsId = (set: SelectionSetNode): boolean =>
    set.selections.some(
      (s) =>
        (s.kind === 'Field' && s.name.value === 'id' && !s.alias) ||
        (s.kind === 'InlineFragment' && selectsId(s.selectionSet)),
    );
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      SelectionSet(node, _key, parent) {
        const type = getNamedType(typeInfo.getParentType() ?? undefined);
        if (!(isObjectType(type) || isInterfaceType(type)) || !type.getFields().id) return;
        if (!selectsId(node)) {
          const field =
            parent && 'kind' in parent && parent.kind === 'Field' ? parent.name.value : '';
          missing.push(`${type.name} at ${field || 'the operation'}`);
        }
      },
    }),
  );
  return missing;
}

describe('GraphQL in the documentation', () => {
  const blocks = DOCUMENTS.flatMap((file) =>
    graphqlBlocks(file).map((text, i) => [`${file} #${i + 1}`, text] as const),
  );

  it('has blocks to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(10);
  });

  it.each(blocks)('%s runs against schema.graphql and selects id on every object', (_, text) => {
    const document = parse(text);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    expect(selectionsWithoutId(document)).toEqual([]);
  });

  it('notices an object selected without its id', () => {
    expect(selectionsWithoutId(parse('{ sites(first: 1) { nodes { displayName } } }'))).toEqual([
      'Site at nodes',
    ]);
  });
});
