import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { graphiqlBootScript, graphiqlPage } from './graphiqlPage.js';

export interface GraphiQLOptions {
  /** Where the explorer is served, e.g. `/graphiql`. */
  path: string;
  /** The GraphQL endpoint the explorer talks to, e.g. `/graphql` (same origin). */
  endpoint: string;
  /** The document shown when the explorer opens for the first time. */
  defaultQuery: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/**
 * Everything the page loads comes from this origin, so the CSP forbids any
 * other: the explorer must work with no internet (that is why it exists next
 * to Apollo Sandbox). Monaco injects inline styles and fonts are data: URLs.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves GraphiQL (the self-contained bundle of `@graphql-yoga/graphiql`)
 * from node_modules: the page, a boot script and the bundle's files, under
 * `<path>/assets/<version>/` so they can be cached for good.
 */
export async function registerGraphiQL(
  app: FastifyInstance,
  options: GraphiQLOptions,
): Promise<void> {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('@graphql-yoga/graphiql/package.json');
  const { version } = require(packageJson) as { version: string };
  const dist = path.join(path.dirname(packageJson), 'dist');

  // A fixed table of servable files, built once: request paths never reach the file system.
  const files = new Map<string, string>();
  files.set('graphiql.css', path.join(dist, 'graphiql.css'));
  files.set('yoga-graphiql.umd.js', path.join(dist, 'yoga-graphiql.umd.js'));
  const workers: Record<string, string> = {};
  for (const name of await readdir(path.join(dist, 'monacoeditorwork'))) {
    // Monaco asks for a worker by label: editorWorkerService, json, graphql.
    const label = /^(editor|json|graphql)\.worker\b.*\.js$/.exec(name)?.[1];
    if (!label) continue;
    files.set(name, path.join(dist, 'monacoeditorwork', name));
    workers[label === 'editor' ? 'editorWorkerService' : label] = name;
  }

  const assetsUrl = `${options.path}/assets/${version}`;
  const title = 'Wix reseller gateway';
  const page = graphiqlPage({ assetsUrl, title: `${title} · GraphiQL` });
  const boot = graphiqlBootScript({
    assetsUrl,
    title,
    workers,
    endpoint: options.endpoint,
    defaultQuery: options.defaultQuery,
  });

  app.get(options.path, async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', CONTENT_SECURITY_POLICY)
      .header('cache-control', 'no-cache')
      .send(page),
  );
  app.get(`${assetsUrl}/boot.js`, async (_request, reply) =>
    reply.type(CONTENT_TYPES['.js']).header('cache-control', 'no-cache').send(boot),
  );
  app.get<{ Params: { name: string } }>(`${assetsUrl}/:name`, async (request, reply) => {
    const file = files.get(request.params.name);
    if (!file) return reply.code(404).type('text/plain').send('Not found');
    return reply
      .type(CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(createReadStream(file));
  });
}
