import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { CloseCode, type SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { GatewayConfig } from '../config.js';
import type { GatewayContext } from '../context.js';
import { badUserInput, GatewayError, GatewayErrorCode } from '../errors/index.js';
import { originMatcher } from '../http/registerCors.js';
import type { SubscriptionContext } from '../resolvers/index.js';
import type { SharedStores } from '../scaling/index.js';
import { createAuthenticator } from '../security/createAuthenticator.js';
import { queryLimitOptions } from '../security/queryLimits.js';
import { GATEWAY_INTERNAL_CALLER, type Caller } from '../security/Caller.js';
import type { GatewayMetrics } from '../telemetry/index.js';
import { documentHash, type TrustedDocuments } from '../trustedDocuments/index.js';
import { mapEvents } from './mapEvents.js';
import { PackageWatchHub } from './PackageWatchHub.js';

export interface SubscriptionDependencies {
  schema: GraphQLSchema;
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  /** The context factory of HTTP requests. */
  newContext(caller?: Caller): GatewayContext;
  shared: SharedStores;
  metrics: GatewayMetrics | undefined;
  /** Published documents, when `TRUSTED_DOCUMENTS` is not `off`. */
  trustedDocuments: TrustedDocuments | undefined;
}

/** What the gateway knows of one WebSocket connection. */
interface Connection {
  readonly address: string;
  caller?: Caller;
  /** graphql-ws operation ids of its active subscriptions. */
  readonly active: Set<string>;
  idleTimer?: NodeJS.Timeout;
}

/** How long shutdown lets a socket flush what it was sending before closing it, in ms. */
const FLUSH_MS = 1_000;
/** Close reasons are at most 123 bytes (RFC 6455). */
const MAX_CLOSE_REASON = 123;

/**
 * GraphQL subscriptions over the graphql-ws protocol (what Apollo Client's
 * GraphQLWsLink and Apollo Sandbox speak) on the HTTP server's own port and
 * GraphQL path, with the same caller authentication, account scope, query
 * limits, rate limit and error vocabulary as HTTP. Queries and mutations stay
 * on HTTP. Bad input on one subscription is answered on that subscription
 * alone; only protocol violations close the connection (graphql-ws's 44xx
 * codes). Shutdown (Fastify `preClose`) stops new connections and
 * subscriptions and the polls behind them, lets each socket flush, and closes
 * it with 1001 so clients reconnect elsewhere.
 */
export function registerSubscriptions(
  app: FastifyInstance,
  gatewayConfig: GatewayConfig,
  deps: SubscriptionDependencies,
) {
  const config = gatewayConfig.subscriptions;
  const { metrics } = deps;
  const limits = queryLimitOptions({
    ...gatewayConfig.limits,
    hideFieldSuggestions: !gatewayConfig.limits.introspection,
  });
  const options = {
    // The HTTP endpoint's path: clients use one URL for both.
    path: '/graphql',
    schema: deps.schema,
    authenticate: deps.shared.limitFailedAuthentication(createAuthenticator(gatewayConfig.auth)),
    rateLimiter: deps.shared.rateLimiter,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError: deps.formatError,
    enforcedDocuments:
      gatewayConfig.trustedDocuments.mode === 'enforce' ? deps.trustedDocuments : undefined,
  };
  const hub = new PackageWatchHub({
    coordinator: deps.shared.pollCoordinator,
    read: (accountId, packageId) => {
      const ctx = deps.newContext(GATEWAY_INTERNAL_CALLER);
      return ctx.wix.forAccount(ctx.authorize(accountId)).rereadPackage(packageId);
    },
    pollMs: config.pollMs,
    pollMaxMs: config.pollMaxMs,
    readBudgetMs: gatewayConfig.resilience.requestBudgetMs,
    maxFeedMs: config.maxSeconds * 1000,
    onPoll: (outcome) => metrics?.subscriptionPoll(outcome),
    onReadError: (error) => app.log.warn({ err: error }, 'subscription poll failed'),
  });
  const connections = new Map<WebSocket, Connection>();
  const perCaller = new Map<string, number>();
  let active = 0;
  let closing = false;
  metrics?.countActiveSubscriptions(() => active);

  const originAllowed = originMatcher(gatewayConfig.http.corsOrigins);
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: gatewayConfig.limits.maxBodyBytes,
  });
  app.server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const pathname = (request.url ?? '').split('?', 1)[0];
    if (pathname !== options.path) return refuseUpgrade(socket, 404, 'Not Found');
    if (closing) return refuseUpgrade(socket, 503, 'Service Unavailable');
    // A browser page may open a WebSocket to any origin: the same origins as CORS may.
    const origin = request.headers.origin;
    if (origin !== undefined && !originAllowed(origin)) {
      return refuseUpgrade(socket, 403, 'Forbidden');
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });
  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    const connection: Connection = {
      address: request.socket.remoteAddress ?? 'unknown',
      active: new Set(),
    };
    connections.set(socket, connection);
    idleFrom(socket, connection);
    socket.once('close', () => {
      clearTimeout(connection.idleTimer);
      for (const id of [...connection.active]) release(connection, id);
      connections.delete(socket);
    });
  });

  function idleFrom(socket: WebSocket, connection: Connection): void {
    clearTimeout(connection.idleTimer);
    connection.idleTimer = setTimeout(
      () => socket.close(1000, `Idle: no subscription for ${config.idleSeconds} s`),
      config.idleSeconds * 1000,
    );
  }

  function callerKey(connection: Connection): string {
    return connection.caller?.credential ?? `address:${connection.address}`;
  }

  function release(connection: Connection, id: string): void {
    if (!connection.active.delete(id)) return;
    active -= 1;
    const key = callerKey(connection);
    const left = (perCaller.get(key) ?? 1) - 1;
    if (left > 0) perCaller.set(key, left);
    else perCaller.delete(key);
  }

  const formatErrors = (errors: readonly GraphQLError[]) =>
    errors.map((error) => options.formatError(error.toJSON(), error));

  useServer<Record<string, unknown> | undefined, { socket: WebSocket; request: IncomingMessage }>(
    {
      schema: options.schema,
      onConnect: async (ctx) => {
        const { socket, request } = ctx.extra;
        const connection = connections.get(socket);
        if (!connection) return false;
        const fromPayload = ctx.connectionParams?.authorization;
        if (fromPayload !== undefined && typeof fromPayload !== 'string') {
          socket.close(
            CloseCode.BadRequest,
            'BAD_USER_INPUT: connection_init payload.authorization must be a string',
          );
          return false;
        }
        try {
          connection.caller = await options.authenticate(
            fromPayload ?? request.headers.authorization,
            connection.address,
          );
          return true;
        } catch (error) {
          const coded = error instanceof GatewayError ? error : undefined;
          socket.close(
            CloseCode.Forbidden,
            closeReason(`${coded?.code ?? 'UNAUTHENTICATED'}: ${coded?.message ?? 'refused'}`),
          );
          return false;
        }
      },
      onSubscribe: async (ctx, id, payload) => {
        const connection = connections.get(ctx.extra.socket);
        const caller = connection?.caller;
        if (!connection || !caller) return [new GraphQLError('Not connected')];
        if (closing) {
          return [
            new GatewayError(
              GatewayErrorCode.UPSTREAM_UNAVAILABLE,
              'The gateway is shutting down',
              {
                reason: 'SHUTTING_DOWN',
              },
            ),
          ];
        }
        const prepared = prepare(payload);
        if (Array.isArray(prepared)) return prepared;
        const key = callerKey(connection);
        if (connection.active.size >= config.perConnection) {
          return [limitReached(`At most ${config.perConnection} subscriptions per connection`)];
        }
        if ((perCaller.get(key) ?? 0) >= config.perCaller) {
          return [limitReached(`At most ${config.perCaller} subscriptions per caller`)];
        }
        try {
          await options.rateLimiter?.(caller, connection.address, 1);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        connection.active.add(id);
        active += 1;
        perCaller.set(key, (perCaller.get(key) ?? 0) + 1);
        clearTimeout(connection.idleTimer);
        const contextValue: SubscriptionContext = {
          ...deps.newContext(caller),
          packageStatus: hub,
        };
        return { ...prepared, contextValue };
      },
      // Each event runs with a fresh context (loaders, request budget), as an
      // HTTP request would: one context for the subscription's whole life
      // would serve stale loader caches and run out of its budget.
      subscribe: async (args) => {
        const stream = await createSourceEventStream(args);
        if (!(Symbol.asyncIterator in stream)) return stream;
        const { caller } = args.contextValue as SubscriptionContext;
        return mapEvents(stream, (event) =>
          execute({
            ...args,
            rootValue: event,
            contextValue: { ...deps.newContext(caller), packageStatus: hub },
          }),
        );
      },
      onNext: (_ctx, _id, _payload, _args, result: ExecutionResult) => ({
        ...(result.data !== undefined && { data: result.data }),
        ...(result.errors && { errors: formatErrors(result.errors) }),
      }),
      onError: (_ctx, _id, _payload, errors) => formatErrors(errors),
      onComplete: (ctx, id) => {
        const connection = connections.get(ctx.extra.socket);
        if (!connection) return;
        release(connection, id);
        if (connection.active.size === 0) idleFrom(ctx.extra.socket, connection);
      },
    },
    wss,
  );

  /** Parses and validates as the HTTP endpoint does; subscriptions only. */
  function prepare(
    payload: SubscribePayload,
  ): Omit<ExecutionArgs, 'contextValue'> | GraphQLError[] {
    if (typeof payload.query !== 'string' || payload.query === '') {
      return [badUserInput('A subscription needs a query', { reason: 'BAD_REQUEST' })];
    }
    if (
      options.enforcedDocuments &&
      options.enforcedDocuments.get(documentHash(payload.query)) !== payload.query
    ) {
      return [
        badUserInput('Only trusted documents run on this gateway', {
          reason: 'PERSISTED_QUERY_NOT_FOUND',
        }),
      ];
    }
    let document: DocumentNode;
    try {
      document = parse(payload.query, options.parseOptions);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const tooLarge = /contains more th(?:an|at) \d+ tokens/.test(message);
      return [
        badUserInput(message, { reason: tooLarge ? 'QUERY_TOO_LARGE' : 'GRAPHQL_PARSE_FAILED' }),
      ];
    }
    const errors = validate(options.schema, document, [
      ...specifiedRules,
      ...options.validationRules,
    ]);
    if (errors.length > 0) {
      return errors.map((error) => {
        const message = gatewayConfig.limits.introspection
          ? error.message
          : error.message.replace(/\s*Did you mean [^?]*\?/g, '');
        const reason = error.extensions?.reason;
        return badUserInput(message, {
          reason: typeof reason === 'string' ? reason : 'GRAPHQL_VALIDATION_FAILED',
        });
      });
    }
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) {
      return [
        badUserInput('No operation of that name in the document', {
          reason: 'OPERATION_RESOLUTION_FAILURE',
        }),
      ];
    }
    if (operation.operation !== 'subscription') {
      return [
        badUserInput(
          `Send ${operation.operation} operations over HTTP POST; the WebSocket carries subscriptions only`,
          { reason: 'OPERATION_NOT_SUPPORTED' },
        ),
      ];
    }
    return {
      schema: options.schema,
      document,
      operationName: payload.operationName,
      variableValues: payload.variables,
    };
  }

  app.addHook('preClose', async () => {
    closing = true;
    hub.close();
    await Promise.all([...connections.keys()].map((socket) => goAway(socket)));
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  });
}

/** Closes `socket` with 1001 once what it was sending is flushed (or after FLUSH_MS). */
async function goAway(socket: WebSocket): Promise<void> {
  const deadline = Date.now() + FLUSH_MS;
  while (socket.bufferedAmount > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const closed = new Promise((resolve) => socket.once('close', resolve));
  socket.close(1001, 'The gateway is shutting down');
  const timer = setTimeout(() => socket.terminate(), FLUSH_MS);
  await closed;
  clearTimeout(timer);
}

function limitReached(message: string): GatewayError {
  return new GatewayError(GatewayErrorCode.RATE_LIMITED, message, {
    reason: 'SUBSCRIPTION_LIMIT',
  });
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function closeReason(text: string): string {
  let reason = text;
  while (Buffer.byteLength(reason) > MAX_CLOSE_REASON) reason = reason.slice(0, -2) + '…';
  return reason;
}
