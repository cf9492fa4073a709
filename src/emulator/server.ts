/**
 * Assembles the fastify app: JSON parsing with a size limit, the Wix error
 * envelope for every failure, auth and lazy status transitions for API
 * routes, fault injection, the request log, and the route modules.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { authenticate } from './auth.js';
import type { EmulatorContext, RouteConfig } from './context.js';
import { WixError } from './errors.js';
import { faultError } from './faults.js';
import type { RequestLogEntry } from './requestLog.js';
import { exceedsDepth, MAX_JSON_DEPTH } from './jsonDepth.js';
import { settleTransitions } from './resellers/lifecycle.js';
import { unassignInstance } from './resellers/unassignInstance.js';
import { registerAdminRoutes } from './routes/admin.js';
import { registerResellerRoutes } from './routes/resellers.js';
import { registerSiteRoutes } from './routes/sites.js';
import { registerSiteTransferRoutes } from './routes/siteTransfer.js';

/** Larger bodies answer 413: Create Package's 1000 products fit comfortably. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

const MAX_PARAM_LENGTH = 2048;

interface RequestState {
  startedAt: number;
  fault?: string;
  /** The write took effect (not refused, not replayed). */
  applied?: boolean;
  /** The request's log entry, once logged (dropped sockets log early). */
  entry?: RequestLogEntry;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Acting account from `wix-account-id`, set by auth on API routes. */
    accountId: string;
    emulator: RequestState;
  }
}

export function buildServer(ctx: EmulatorContext): FastifyInstance {
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT_BYTES,
    // Long enough that over-long IDs and external ids reach the routes' own 400 checks.
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // Router-level failures (bad URL encoding, over-long params) also answer the Wix envelope.
    frameworkErrors: (error, _request, reply) => {
      const wix = toWixError(error);
      void (reply as FastifyReply).code(wix.statusCode).send(wix.body);
    },
  });
  app.decorateRequest('accountId', '');
  app.decorateRequest('emulator', null as unknown as RequestState);

  registerJsonParser(app);
  registerEnvelope(app, ctx);
  registerHooks(app, ctx);

  registerResellerRoutes(app, ctx);
  registerSiteTransferRoutes(app, ctx);
  registerSiteRoutes(app, ctx);
  registerAdminRoutes(app, ctx);
  return app;
}

function registerJsonParser(app: FastifyInstance): void {
  const strict = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  // Every body is read as JSON whatever its content type, and an empty body
  // counts as absent: clients differ in what they send with a DELETE.
  app.addContentTypeParser('*', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    strict(request, text, (error, value) => {
      if (error) return done(WixError.plain(400, 'Malformed JSON body'));
      if (exceedsDepth(value)) {
        return done(
          WixError.plain(400, `JSON body is nested deeper than ${MAX_JSON_DEPTH} levels`),
        );
      }
      done(null, value);
    });
  });
}

function registerEnvelope(app: FastifyInstance, ctx: EmulatorContext): void {
  app.setErrorHandler((error, request, reply) => {
    const wix = toWixError(error);
    if (wix.statusCode >= 500 && !(error instanceof WixError)) {
      ctx.log(`internal error on ${request.method} ${request.url}: ${String(error)}`);
    }
    void reply.code(wix.statusCode).headers(wix.headers).send(wix.body);
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    void reply.code(404).send({ message: `No route for ${request.method} ${path}`, details: {} });
  });
}

function toWixError(error: unknown): WixError {
  if (error instanceof WixError) return error;
  const e = error as { statusCode?: number; code?: string };
  if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return WixError.plain(413, `Request body is larger than ${BODY_LIMIT_BYTES} bytes`);
  }
  if (e.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return WixError.plain(414, `A path parameter is longer than ${MAX_PARAM_LENGTH} characters`);
  }
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    // Fastify's own 4xx (bad URL, bad content length…): a fixed message, no internals.
    return WixError.plain(e.statusCode, 'Bad request');
  }
  return WixError.system(500);
}

function routeConfig(request: FastifyRequest): RouteConfig | undefined {
  const config = request.routeOptions?.config as Partial<RouteConfig> | undefined;
  return config?.routeName ? (config as RouteConfig) : undefined;
}

function isAdmin(request: FastifyRequest): boolean {
  return routeConfig(request)?.admin === true || request.url.startsWith('/_emulator');
}

function registerHooks(app: FastifyInstance, ctx: EmulatorContext): void {
  app.addHook('onRequest', async (request, reply) => {
    request.emulator = { startedAt: performance.now() };
    if (isAdmin(request)) return;
    const match = faultMatch(request);
    const decision = ctx.faults.decide(match, false);
    if (decision.latencyMs) {
      request.emulator.fault = 'latency';
      await sleep(decision.latencyMs);
    }
    if (decision.terminal) {
      request.emulator.fault = decision.terminal.kind;
      if (decision.terminal.kind === 'drop') {
        dropConnection(request, ctx);
        return reply.hijack();
      }
      if (decision.terminal.kind === 'strand') strandInstance(request, ctx);
      throw faultError(decision.terminal);
    }
    if (!routeConfig(request)) return; // unknown route: the 404 handler answers
    request.accountId = authenticate(request.headers, ctx.store.state);
    if (settleTransitions(ctx.store.state, ctx.now())) ctx.store.save();
  });

  app.addHook('onSend', async (request, reply, payload) => {
    // Router-level failures skip onRequest, so `emulator` may be unset here.
    if (
      !request.emulator ||
      isAdmin(request) ||
      request.emulator.fault ||
      reply.statusCode >= 300
    ) {
      return payload;
    }
    const decision = ctx.faults.decide(faultMatch(request), true);
    if (decision.latencyMs) {
      request.emulator.fault = 'latency';
      await sleep(decision.latencyMs);
    }
    const rule = decision.terminal;
    if (!rule) return payload;
    request.emulator.fault = rule.kind;
    if (rule.kind === 'drop') {
      dropConnection(request, ctx);
      return payload;
    }
    const wix = faultError(rule);
    void reply.code(wix.statusCode).headers(wix.headers).type('application/json; charset=utf-8');
    return JSON.stringify(wix.body);
  });

  app.addHook('onResponse', async (request, reply) => {
    if (!request.emulator || isAdmin(request)) return;
    logRequest(request, ctx, reply.statusCode);
  });

  // A client that gives up (e.g. its deadline passed during a latency fault)
  // gets no onResponse: log it with status 0, so retries stay countable.
  app.addHook('onRequestAbort', async (request) => {
    if (!request.emulator || isAdmin(request)) return;
    logRequest(request, ctx, 0);
  });
}

/** The `strand` fault: the caller's instance loses its site, as a half-done Assign may leave it. */
function strandInstance(request: FastifyRequest, ctx: EmulatorContext): void {
  const accountId = authenticate(request.headers, ctx.store.state);
  const { instanceId } = request.params as { instanceId: string };
  try {
    unassignInstance(ctx.store.state, accountId, instanceId, new Date(ctx.now()).toISOString());
    ctx.store.save();
  } catch {
    // Nothing to strand (unknown, foreign or already floating): only the 500 remains.
  }
}

function faultMatch(request: FastifyRequest) {
  return {
    method: request.method,
    path: request.url.split('?')[0],
    route: routeConfig(request)?.routeName,
  };
}

function dropConnection(request: FastifyRequest, ctx: EmulatorContext): void {
  logRequest(request, ctx, 0);
  request.raw.socket.destroy();
}

function logRequest(request: FastifyRequest, ctx: EmulatorContext, status: number): void {
  if (request.emulator.entry) return;
  const body = request.body as Record<string, unknown> | undefined;
  const query = request.query as Record<string, unknown> | undefined;
  const key = body?.idempotencyKey ?? query?.idempotencyKey;
  const account = request.headers['wix-account-id'];
  const traceparent = request.headers.traceparent;
  const entry: RequestLogEntry = {
    time: new Date(ctx.now()).toISOString(),
    method: request.method,
    path: request.url.split('?')[0],
    route: routeConfig(request)?.routeName,
    accountId: typeof account === 'string' ? account : undefined,
    status,
    durationMs: Math.round((performance.now() - request.emulator.startedAt) * 100) / 100,
    idempotencyKey: typeof key === 'string' ? key : undefined,
    fault: request.emulator.fault,
    traceparent: typeof traceparent === 'string' ? traceparent : undefined,
    ...(request.emulator.applied && { applied: true }),
  };
  request.emulator.entry = entry;
  ctx.requestLog.add(entry);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
