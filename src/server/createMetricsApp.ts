import Fastify, { type FastifyInstance } from 'fastify';
import type { GatewayConfig } from '../config.js';
import { registerMetrics } from '../http/registerMetrics.js';
import type { GatewayMetrics } from '../telemetry/index.js';

/** Whether `/metrics` has a listener of its own (`METRICS_PORT` set and not `PORT`). */
export function servesMetricsApart(config: GatewayConfig): boolean {
  const { metricsPort } = config.telemetry;
  return metricsPort !== undefined && !(metricsPort === config.http.port && metricsPort !== 0);
}

/**
 * `GET /metrics` alone on an app of its own, for `METRICS_PORT`: a scraper
 * reaches it, the public ingress (which routes to `PORT`) does not. Undefined
 * when metrics are off or served on the gateway's own listener.
 */
export function createMetricsApp(
  config: GatewayConfig,
  metrics: GatewayMetrics | undefined,
): FastifyInstance | undefined {
  if (!metrics || !servesMetricsApart(config)) return undefined;
  const app = Fastify({ logger: false });
  registerMetrics(app, metrics);
  return app;
}
