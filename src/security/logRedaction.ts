/**
 * pino `redact` paths (fastify's `logger.redact`, or pino's own) for every
 * place a credential can sit in a logged object: callers' `Authorization`
 * headers, the Wix API key the gateway sends upstream, cookies. Whoever turns
 * request or error logging on passes these; test/logCapture.ts checks a logger.
 */
export const LOG_REDACT_PATHS: readonly string[] = Object.freeze([
  'req.headers.authorization',
  'req.headers.cookie',
  'request.headers.authorization',
  'headers.authorization',
  'headers.Authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
  'authorization',
  'apiKey',
  'wixApiKey',
  '*.apiKey',
  '*.wixApiKey',
]);
