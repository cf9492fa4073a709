import type { FastifyInstance } from 'fastify';
import type { GatewayMetrics } from '../telemetry/index.js';

/** `GET /metrics`: every metric in Prometheus' text format, for a scraper. */
export function registerMetrics(app: FastifyInstance, metrics: GatewayMetrics): void {
  app.get('/metrics', async (_request, reply) => {
    const body = await metrics.metrics();
    return reply.type(metrics.contentType).header('cache-control', 'no-store').send(body);
  });
}
