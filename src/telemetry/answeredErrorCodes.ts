import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyRequest } from 'fastify';
import type { GraphQLFormattedError } from 'graphql';

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

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

const answering = new AsyncLocalStorage<FastifyRequest>();

/** Notes `code` on `request`, by default the one being answered (see answeringRequest). */
export function noteAnsweredCode(code: unknown, request = answering.getStore()): void {
  if (request)
    (request.answeredErrorCodes ??= []).push(typeof code === 'string' ? code : 'UNKNOWN');
}

/**
 * Runs `answer` (Apollo's handler for `request`) so that each error formatted
 * within it is noted on `request`: Apollo's formatError has no request of
 * its own, and the codes are then known without reading the answer back.
 */
export function answeringRequest<T>(request: FastifyRequest, answer: () => T): T {
  return answering.run(request, answer);
}

/** `format`, also noting each answered code on the request being answered. */
export function notingAnsweredCodes(format: FormatError): FormatError {
  return (formatted, error) => {
    const answered = format(formatted, error);
    noteAnsweredCode(answered.extensions?.code);
    return answered;
  };
}
