import type { FastifyInstance } from 'fastify';
import { badUserInput } from '../errors/index.js';

/**
 * Refuses a batched request (JSON array body) of more than `max` operations
 * before Apollo runs any of them. With `max` 1 Apollo refuses every batch
 * itself (`allowBatchedHttpRequests: false`); this caps the size when on.
 */
export function limitBatchSize(app: FastifyInstance, path: string, max: number): void {
  app.addHook('preHandler', async (request) => {
    if (max <= 1 || request.routeOptions.url !== path || !Array.isArray(request.body)) return;
    if (request.body.length <= max) return;
    throw badUserInput(`A batch may hold at most ${max} operations, got ${request.body.length}`, {
      reason: 'BATCH_TOO_LARGE',
      http: { status: 400 },
    });
  });
}
