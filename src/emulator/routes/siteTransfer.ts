/** B2B Site Management: Transfer Site (spec §3). */
import type { FastifyInstance } from 'fastify';
import type { EmulatorContext } from '../context.js';

export function registerSiteTransferRoutes(_app: FastifyInstance, _ctx: EmulatorContext): void {}
