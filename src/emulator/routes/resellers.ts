/** Resellers › Packages and Product Instances (spec §2). */
import type { FastifyInstance } from 'fastify';
import type { EmulatorContext } from '../context.js';

export function registerResellerRoutes(_app: FastifyInstance, _ctx: EmulatorContext): void {}
