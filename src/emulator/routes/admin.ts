/**
 * The emulator's own control surface under `/_emulator/` (no API key, loopback
 * Host names and same-origin JSON only, `WIX_EMULATOR_ADMIN_TOKEN` when set;
 * never faulted or logged): state dump/replace/reset, fault rules, request log.
 */
import type { FastifyInstance } from 'fastify';
import type { EmulatorContext } from '../context.js';
import { parseState } from '../stateShape.js';
import { createAdminGuard } from './adminGuard.js';

const admin = (routeName: string) => ({ config: { routeName, admin: true } });

export function registerAdminRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const guard = createAdminGuard(ctx.admin);
  app.addHook('onRequest', async (request, reply) => {
    if ((request.routeOptions.config as { admin?: boolean }).admin) return guard(request, reply);
  });
  app.get('/_emulator/state', admin('adminGetState'), async () => ctx.store.state);

  app.put('/_emulator/state', admin('adminPutState'), async (request) => {
    ctx.store.replace(parseState(request.body));
    return ctx.store.state;
  });

  app.post('/_emulator/reset', admin('adminReset'), async () => {
    ctx.store.replace(ctx.seed());
    ctx.faults.clear();
    ctx.requestLog.clear();
    return { reset: true };
  });

  app.get('/_emulator/faults', admin('adminGetFaults'), async () => ({ rules: ctx.faults.list() }));

  app.put('/_emulator/faults', admin('adminPutFaults'), async (request) => {
    ctx.faults.set(request.body ?? []);
    return { rules: ctx.faults.list() };
  });

  app.delete('/_emulator/faults', admin('adminClearFaults'), async () => {
    ctx.faults.clear();
    return { rules: [] };
  });

  app.get('/_emulator/requests', admin('adminGetRequests'), async () => ({
    requests: ctx.requestLog.list(),
  }));

  app.delete('/_emulator/requests', admin('adminClearRequests'), async () => {
    ctx.requestLog.clear();
    return { requests: [] };
  });

  app.get('/_emulator/health', admin('adminHealth'), async () => ({ ok: true }));
}
