import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GraphQLFormattedError } from 'graphql';
import { badUserInput, isGatewayError, type GatewayError } from '../errors/index.js';
import { noteAnsweredCode } from '../telemetry/index.js';

/** Apollo's formatError: the one place an error becomes client-visible. */
export type FormatError = (
  formatted: GraphQLFormattedError,
  error: unknown,
) => GraphQLFormattedError;

/**
 * The one renderer of HTTP-level GraphQL refusals, the answers given before
 * (or instead of) Apollo. A hook refuses by throwing a GatewayError whose
 * `http.status` is the answer's status; fastify's own rejections (malformed
 * JSON, body too large, wrong content type) become BAD_USER_INPUT; anything
 * else is a fault, masked and answered 500. Each goes through formatError as
 * Apollo's answers do, so a client sees one shape, and its code is noted for
 * the request's log line.
 */
export function registerGraphQLRefusals(app: FastifyInstance, formatError: FormatError): void {
  app.setErrorHandler((error, request, reply) => refuse(request, reply, error, formatError));
}

function refuse(
  request: FastifyRequest,
  reply: FastifyReply,
  thrown: unknown,
  formatError: FormatError,
): FastifyReply {
  const refusal = asRefusal(thrown);
  const answered = refusal
    ? formatError({ message: refusal.message, extensions: refusal.extensions }, refusal)
    : formatError({ message: 'unexpected HTTP error' }, thrown);
  noteAnsweredCode(answered.extensions?.code, request);
  return reply.status(refusal ? statusOf(refusal) : 500).send({ errors: [answered] });
}

/** The refusal `thrown` stands for; undefined for a fault. */
function asRefusal(thrown: unknown): GatewayError | undefined {
  if (isGatewayError(thrown)) return thrown;
  const status = (thrown as { statusCode?: unknown }).statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  return badUserInput((thrown as Error).message, {
    reason: status === 413 ? 'BODY_TOO_LARGE' : 'BAD_REQUEST',
    http: { status },
  });
}

function statusOf(refusal: GatewayError): number {
  const status = (refusal.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : 400;
}
