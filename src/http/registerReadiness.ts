import type { FastifyInstance } from 'fastify';
import type { ReadinessCheck } from '../readiness/index.js';

/**
 * `GET /readyz`: 200 `{status: "ready", checks}` when every dependency
 * answers, 503 `{status: "unavailable", checks}` otherwise or once shutdown
 * has begun. `GET /healthz` stays a liveness check that touches nothing.
 */
export function registerReadiness(app: FastifyInstance, readiness: ReadinessCheck): void {
  app.get('/readyz', async (_request, reply) => {
    const { ready, checks } = await readiness.report();
    return reply
      .code(ready ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({ status: ready ? 'ready' : 'unavailable', checks });
  });
}
