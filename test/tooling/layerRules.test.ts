/**
 * The import boundaries of src/ (eslint.config.js, docs/architecture.md), driven
 * through ESLint as `npm run lint` runs them: each wrong arrow is an error.
 */
import { ESLint } from 'eslint';

const eslint = new ESLint();

// Loading the configuration (typescript-eslint) takes seconds on a loaded machine.
beforeAll(() => eslint.calculateConfigForFile('src/index.ts'), 60_000);

/** The no-restricted-imports messages ESLint gives `source` placed at `file`. */
async function arrows(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: file });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layer rules of npm run lint', () => {
  it.each([
    ['the emulator', 'src/emulator/routes/probe.ts', "import '../../datasources/index.js';"],
    ['the emulator', 'src/emulator/probe.ts', "import { parse } from 'graphql';"],
    ['a datasource', 'src/datasources/probe.ts', "import { GraphQLError } from 'graphql';"],
    ['a datasource', 'src/datasources/probe.ts', "import '../schema/enums.js';"],
    ['a loader', 'src/loaders/probe.ts', "import { SiteSort } from '../schema/enums.js';"],
    ['a schema type', 'src/schema/probe.ts', "import got from 'got';"],
    ['a schema mapper', 'src/schema/mappers/probe.ts', "import { createServer } from 'node:http';"],
    ['a schema type', 'src/schema/args/probe.ts', "import '../../datasources/index.js';"],
    ['a service', 'src/services/probe.ts', "import type { GatewayContext } from '../context.js';"],
    ['a service', 'src/services/probe.ts', "import '../loaders/index.js';"],
    [
      'a resolver',
      'src/resolvers/probe.ts',
      "import { ResellersApi } from '../datasources/index.js';",
    ],
    ['a resolver', 'src/resolvers/probe.ts', "import { runOnce } from '../resilience/index.js';"],
    ['the access layer', 'src/access/probe.ts', "import '../schema/mappers/index.js';"],
  ])('is an error when %s imports across its boundary (%s: %s)', async (_who, file, source) => {
    expect(await arrows(file, source)).toEqual([expect.stringContaining('docs/architecture.md')]);
  });

  it.each([
    ['the emulator', 'src/emulator/probe.ts', "import '../wix-api/types.js';"],
    [
      'a resolver',
      'src/resolvers/probe.ts',
      "import type { GatewayContext } from '../context.js';",
    ],
    [
      'a service',
      'src/services/probe.ts',
      "import type { AccountAccess } from '../access/index.js';",
    ],
    ['the access layer', 'src/access/probe.ts', "import '../loaders/index.js';"],
  ])('is no error when %s imports what it stands on (%s: %s)', async (_who, file, source) => {
    expect(await arrows(file, source)).toEqual([]);
  });
});
