import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * Codes of the errors answered to this request, in order, as the client
     * saw them: what its log line reports when no operation ran (a refusal
     * before Apollo, or a request Apollo refused before running anything).
     */
    answeredErrorCodes: string[] | null;
  }
}

/** Notes `code` on `request`. */
export function noteAnsweredCode(code: unknown, request: FastifyRequest): void {
  (request.answeredErrorCodes ??= []).push(typeof code === 'string' ? code : 'UNKNOWN');
}

/**
 * Notes the codes of `body`, an answer Apollo gave `request` before any
 * operation ran (a refused caller, a body it could not read). Apollo formats
 * those errors with no request at hand, so the small refusal is read back;
 * an operation's codes come from the telemetry plugin and are never read back.
 * (An AsyncLocalStorage around Apollo's handler would avoid the read, but on
 * Node 20 it puts a hook on every promise the process makes: 10–20 % of a
 * `package(id)` request's CPU, measured.)
 */
export function noteRefusalCodes(request: FastifyRequest, body: string): void {
  let errors: unknown;
  try {
    errors = (JSON.parse(body) as { errors?: unknown }).errors;
  } catch {
    return;
  }
  if (!Array.isArray(errors)) return;
  for (const error of errors as Array<{ extensions?: { code?: unknown } } | null>) {
    noteAnsweredCode(error?.extensions?.code, request);
  }
}
