import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Header that carries a request id in and out. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * What an incoming id may look like to be reused: a short token of URL-safe
 * characters. Anything else (long, spaces, quotes, newlines) could forge log
 * lines or blow up label and index sizes, so it is replaced.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** fastify `genReqId`: the caller's `x-request-id` when it is a sane token, else a new UUID. */
export function requestIdFor(request: IncomingMessage): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}
