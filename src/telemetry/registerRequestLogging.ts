import type { FastifyInstance } from 'fastify';
import type { GatewayMetrics } from './GatewayMetrics.js';
import { REQUEST_ID_HEADER } from './requestId.js';
import type { RequestTelemetry } from './RequestTelemetry.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The GraphQL request's telemetry, once its context exists (set by the context function). */
    gatewayTelemetry: RequestTelemetry | null;
  }
}

/** Codes that mean the gateway or Wix failed, not the caller: logged at `warn`. */
const SERVER_SIDE_CODES = new Set([
  'INTERNAL_SERVER_ERROR',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_TIMEOUT',
]);

/**
 * Echoes the request id (`x-request-id`) on every response, and writes one
 * log line and the GraphQL metrics per request to `graphqlPath` once its
 * answer is sent, whatever stopped it: an operation, a refused caller (no
 * context was built), or a body fastify rejected.
 */
export function registerRequestLogging(
  app: FastifyInstance,
  options: { graphqlPath: string; metrics?: GatewayMetrics },
): void {
  const { graphqlPath, metrics } = options;
  app.decorateRequest('gatewayTelemetry', null);
  app.decorateRequest('answeredErrorCodes', null);

  app.addHook('onRequest', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
  });

  app.addHook('onResponse', async (request, reply) => {
    if (request.routeOptions.url !== graphqlPath) return;
    const telemetry = request.gatewayTelemetry;
    // Answers that never reached the telemetry plugin (a refused caller, a
    // body fastify rejected) have their codes noted where they were answered.
    const codes = telemetry?.errorCodes ?? request.answeredErrorCodes ?? undefined;
    const durationMs = Math.round(reply.elapsedTime * 100) / 100;
    metrics?.graphqlRequest(telemetry?.operationName, codes?.[0], durationMs);
    const serverSide =
      reply.statusCode >= 500 ||
      (codes !== undefined && codes.some((c) => SERVER_SIDE_CODES.has(c)));
    const line = {
      operation: telemetry?.operationName ?? null,
      status: reply.statusCode,
      durationMs,
      upstream: {
        calls: telemetry?.upstreamCalls ?? 0,
        retries: telemetry?.upstreamRetries ?? 0,
        byEndpoint: telemetry?.upstreamByEndpoint ?? {},
      },
      errors: codes ?? [],
    };
    if (serverSide) request.log.warn(line, 'graphql request');
    else request.log.info(line, 'graphql request');
  });
}
