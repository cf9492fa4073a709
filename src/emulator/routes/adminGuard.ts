import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface AdminGuardOptions {
  /** The interface the emulator is bound to: a Host naming it is accepted too. */
  host: string;
  /** When set, every admin request must send `Authorization: Bearer <token>`. */
  token?: string;
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * The admin routes hand out API keys and reset state, so a web page must not
 * reach them from a developer's browser: a Host that is not a loopback name
 * (or the bound interface) is a DNS-rebinding page and is refused; a request
 * whose Origin is another site is refused; a POST must be application/json,
 * which no page can send cross-site without a CORS preflight the emulator
 * never grants (PUT and DELETE are always preflighted).
 */
export function createAdminGuard(options: AdminGuardOptions) {
  const allowedHosts = new Set([...LOOPBACK_NAMES, options.host.toLowerCase()]);
  const token = options.token === undefined ? undefined : digest(options.token);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const host = hostName(request.headers.host);
    if (host === undefined || (!allowedHosts.has(host) && !host.endsWith('.localhost'))) {
      return refuse(reply, 403, 'admin routes answer loopback Host names only');
    }
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== 'null' && originHost(origin) !== request.headers.host) {
      return refuse(reply, 403, 'admin routes refuse cross-origin requests');
    }
    if (origin === 'null' || request.headers['sec-fetch-site'] === 'cross-site') {
      return refuse(reply, 403, 'admin routes refuse cross-origin requests');
    }
    if (token !== undefined) {
      const presented = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      if (presented === undefined || !timingSafeEqual(digest(presented), token)) {
        return refuse(
          reply,
          401,
          'admin routes need Authorization: Bearer <WIX_EMULATOR_ADMIN_TOKEN>',
        );
      }
    }
    const contentType = request.headers['content-type']?.split(';')[0].trim().toLowerCase();
    if (request.method === 'POST' && contentType !== 'application/json') {
      return refuse(reply, 415, 'admin POST requests must be application/json');
    }
  };
}

function refuse(reply: FastifyReply, status: number, message: string) {
  return reply.code(status).send({ message, details: {} });
}

function hostName(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^(\[[^\]]+\]|[^:]+)(?::\d+)?$/.exec(header.trim().toLowerCase());
  return match?.[1];
}

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
