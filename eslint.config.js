import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ (docs/architecture.md): for each top-level folder, the
 * parts of src/ it must not import, because they sit above it. A part is a
 * folder of src/ or a module at its root (`context`, `server`, …).
 */
const COMPOSITION = [
  'context',
  'server',
  'index',
  'startup',
  'buildGatewaySchema',
  'subscriptions',
];
const ABOVE_DOMAIN = ['resolvers', 'services', 'access', 'schema', ...COMPOSITION];
const EDGE = ['http', 'explorer', 'trustedDocuments', 'scaling', 'readiness'];
const ABOVE_UPSTREAM = [...ABOVE_DOMAIN, ...EDGE];
/** What only the access layer may touch: resolvers and services reach Wix through AccountAccess. */
const BELOW_ACCESS = ['datasources', 'loaders'];
const THROUGH_ACCESS = 'it reaches the upstream only through src/access/ and the mutation runner';

/** Packages that make a layer GraphQL-aware, a GraphQL server, or an HTTP server or client. */
const GRAPHQL = [
  'graphql',
  'graphql/*',
  'graphql-*',
  '@graphql-*',
  'type-graphql',
  'type-graphql/*',
];
const GRAPHQL_SERVER = ['@apollo/*', '@as-integrations/*'];
const HTTP = ['got', 'fastify', '@fastify/*', 'undici', 'node:http', 'node:https', 'http', 'https'];

const FORBIDDEN_IMPORTS = {
  // The emulator stands in for Wix: it shares only the wire contract with the gateway.
  emulator: { allowOnly: ['wix-api'], packages: [...GRAPHQL, ...GRAPHQL_SERVER, 'dataloader'] },
  'wix-api': { allowOnly: [] },
  // The reseller's product catalog: data read at start-up, on the wire contract's types.
  catalog: {
    allowOnly: ['config', 'wix-api', 'errors'],
    packages: [...GRAPHQL, ...GRAPHQL_SERVER, 'dataloader', ...HTTP],
  },
  errors: { allowOnly: [] },
  resilience: { parts: ['datasources', 'loaders', 'security', 'telemetry', ...ABOVE_UPSTREAM] },
  // Datasources speak HTTP to Wix and nothing else: no GraphQL, no caller, no telemetry code
  // (they report through the UpstreamObserver they declare).
  datasources: {
    parts: ['loaders', 'security', 'telemetry', ...ABOVE_UPSTREAM],
    packages: [...GRAPHQL, ...GRAPHQL_SERVER, 'dataloader'],
  },
  loaders: {
    parts: ['security', 'telemetry', ...ABOVE_UPSTREAM],
    packages: [...GRAPHQL, ...GRAPHQL_SERVER],
  },
  telemetry: { parts: ['loaders', 'security', ...ABOVE_UPSTREAM] },
  security: { parts: ['loaders', 'telemetry', ...ABOVE_UPSTREAM] },
  access: { parts: ['resolvers', 'services', 'schema', ...COMPOSITION, ...EDGE] },
  // GraphQL types and their mappers know the wire shapes, never how they travel.
  schema: {
    parts: ['datasources', 'loaders', 'security', 'telemetry', 'resilience', ...ABOVE_UPSTREAM],
    packages: [...HTTP, ...GRAPHQL_SERVER, 'dataloader', 'ioredis'],
  },
  // Services reach Wix only through the AccountAccess they are given, never through the context.
  services: {
    parts: ['resolvers', ...COMPOSITION, ...EDGE],
    bypass: BELOW_ACCESS,
    packages: HTTP,
  },
  // Resolvers get the request's state from the context (a type) and reach Wix through it.
  resolvers: {
    parts: ['server', 'index', 'buildGatewaySchema', ...EDGE],
    bypass: ['resilience', ...BELOW_ACCESS],
    packages: HTTP,
  },
  http: { parts: ABOVE_DOMAIN },
  explorer: { parts: ABOVE_DOMAIN },
  readiness: { parts: ABOVE_DOMAIN },
  scaling: { parts: ABOVE_DOMAIN },
  trustedDocuments: { parts: ABOVE_DOMAIN },
};

const srcEntries = readdirSync(new URL('./src/', import.meta.url), { withFileTypes: true });
// `config` is both a folder and a module (config.ts): one part.
const SRC_PARTS = [
  ...new Set(srcEntries.map((e) => (e.isDirectory() ? e.name : e.name.replace(/\.ts$/, '')))),
];

/** Every folder under src/, relative to it (`schema`, `schema/mappers`, …). */
function folders(relative = '') {
  const entries = readdirSync(new URL(`./src/${relative}`, import.meta.url), {
    withFileTypes: true,
  });
  return entries
    .filter((e) => e.isDirectory())
    .flatMap((e) => {
      const path = relative ? `${relative}/${e.name}` : e.name;
      return [path, ...folders(path)];
    });
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One `no-restricted-imports` block per folder: a relative import is matched
 * by how many `../` it takes to reach src/, so a folder nested in a layer
 * (schema/mappers) is held to its layer's rule and names never collide.
 */
function layerRules() {
  return folders().flatMap((folder) => {
    const layer = folder.split('/')[0];
    const rule = FORBIDDEN_IMPORTS[layer];
    if (!rule) return [];
    const parts = rule.allowOnly
      ? SRC_PARTS.filter((p) => p !== layer && !rule.allowOnly.includes(p))
      : rule.parts.filter((p) => p !== layer);
    const up = escape('../'.repeat(folder.split('/').length));
    const pattern = (part, why) => ({
      regex: `^${up}${escape(part)}(/|\\.js$)`,
      message: `${layer}/ may ${why} (docs/architecture.md).`,
    });
    const patterns = [
      ...parts.map((part) =>
        pattern(
          part,
          rule.allowOnly
            ? `import only ${rule.allowOnly.join(', ') || 'nothing else in src/'}`
            : `not import ${part}: lower layers never import higher ones`,
        ),
      ),
      ...(rule.bypass ?? []).map((part) => pattern(part, `not import ${part}: ${THROUGH_ACCESS}`)),
    ];
    for (const pkg of rule.packages ?? []) {
      patterns.push({
        regex: `^${escape(pkg).replace('\\*', '.*')}$`,
        message: `${layer}/ may not use ${pkg} (docs/architecture.md).`,
      });
    }
    return [
      {
        files: [`src/${folder}/*.ts`],
        rules: { 'no-restricted-imports': ['error', { patterns }] },
      },
    ];
  });
}

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'examples/dist/',
      'examples/web/dist/',
      'coverage/',
      'node_modules/',
      '**/generated/',
      'test-artifacts/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...layerRules(),
);
