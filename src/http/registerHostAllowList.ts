import type { FastifyInstance } from 'fastify';
import { GatewayError, GatewayErrorCode } from '../errors/index.js';

/** Answered whatever the `Host`: orchestrators probe a pod by its address. */
const PROBE_PATHS = new Set(['/healthz', '/readyz']);

/**
 * Refuses, before anything else runs, a request whose `Host` is not one of
 * `allowed` (`ALLOWED_HOSTS`; `*` lets every one in). A page on any web site
 * can rebind its own DNS name to 127.0.0.1 and then call a developer's
 * gateway as its own origin, with no CORS or CSRF check in the way; its
 * requests still carry its own name as `Host`.
 */
export function registerHostAllowList(app: FastifyInstance, allowed: readonly string[]): void {
  if (allowed.includes('*')) return;
  const hostAllowed = hostMatcher(allowed);
  app.addHook('onRequest', async (request) => {
    if (PROBE_PATHS.has(request.url.split('?', 1)[0])) return;
    if (hostAllowed(request.headers.host)) return;
    throw new GatewayError(
      GatewayErrorCode.FORBIDDEN,
      'This gateway does not answer to that Host name (ALLOWED_HOSTS)',
      { reason: 'HOST_NOT_ALLOWED', http: { status: 403 } },
    );
  });
}

/** A predicate over `Host` header values: is the name (port aside) one of `allowed`, or is `*` among them? */
export function hostMatcher(allowed: readonly string[]): (header: string | undefined) => boolean {
  if (allowed.includes('*')) return () => true;
  const names = new Set(allowed);
  return (header) => {
    const host = hostName(header);
    return host !== undefined && names.has(host);
  };
}

/** The name in a `Host` header, without its port, lower-cased; `[…]` kept for IPv6. */
function hostName(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const value = header.trim().toLowerCase();
  const end = value.startsWith('[') ? value.indexOf(']') + 1 : value.indexOf(':');
  return end > 0 ? value.slice(0, end) : value || undefined;
}
