import fastifyCors, { type FastifyCorsOptions } from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

/** Request headers a GraphQL client in a browser sends (Apollo Client, Sandbox, tracing). */
export const CORS_ALLOWED_HEADERS: readonly string[] = Object.freeze([
  'content-type',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
  'traceparent',
  'tracestate',
  'x-request-id',
]);

/** How long a browser may reuse a preflight's answer, in seconds (Chromium caps it at 7200). */
export const CORS_MAX_AGE_SECONDS = 600;

export interface CorsOptions {
  /** The GraphQL path: the only one open to other origins. */
  path: string;
  /** Allowed origins: exact, `scheme://host:*` (any port) or `*` (config `CORS_ORIGINS`). */
  origins: readonly string[];
}

/**
 * Cross-origin access to the GraphQL endpoint through `@fastify/cors`.
 *
 * Preflights from an allowed origin are answered 204 in `onRequest`, before
 * Apollo's CSRF prevention (which would refuse an `OPTIONS` without a body).
 * A request from any other origin, or with no `Origin`, gets no
 * `Access-Control-*` header, so a browser withholds the answer from the page.
 * Every answer carries `Vary: Origin` so a shared cache never serves one
 * origin's answer to another. No credentials (cookies) are allowed: callers
 * authenticate with a bearer token.
 */
export async function registerCors(app: FastifyInstance, options: CorsOptions): Promise<void> {
  const allowed = originMatcher(options.origins);
  const graphql: FastifyCorsOptions = {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: [...CORS_ALLOWED_HEADERS],
    exposedHeaders: ['x-request-id'],
    maxAge: CORS_MAX_AGE_SECONDS,
    credentials: false,
    strictPreflight: true,
  };
  const closed: FastifyCorsOptions = { origin: false };
  await app.register(fastifyCors, {
    hook: 'onRequest',
    delegator: (request, callback) => {
      const pathname = request.url.split('?', 1)[0];
      callback(null, pathname === options.path ? graphql : closed);
    },
  });
}

/** A predicate over `Origin` header values for a list of exact, any-port or `*` entries. */
export function originMatcher(origins: readonly string[]): (origin: string) => boolean {
  if (origins.includes('*')) return () => true;
  const exact = new Set(origins.filter((origin) => !origin.endsWith(':*')));
  const anyPort = origins
    .filter((origin) => origin.endsWith(':*'))
    .map((origin) => origin.slice(0, -2));
  return (origin) =>
    exact.has(origin) ||
    anyPort.some(
      (prefix) =>
        origin === prefix ||
        (origin.startsWith(`${prefix}:`) && /^\d{1,5}$/.test(origin.slice(prefix.length + 1))),
    );
}
