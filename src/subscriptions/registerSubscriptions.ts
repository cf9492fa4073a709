import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { GatewayConfig } from '../config.js';
import { GatewayError, GatewayErrorCode } from '../errors/index.js';
import type { SubscriptionContext } from '../resolvers/index.js';
import type { SharedStores } from '../scaling/index.js';
import { gatewayCosting } from '../server/gatewayCosting.js';
import type { ContextFactory } from '../server/createUpstream.js';
import { createAuthenticator } from '../security/createAuthenticator.js';
import type { AddressAuthenticator } from '../security/limitFailedAuthentication.js';
import { queryLimitOptions } from '../security/queryLimits.js';
import { upstreamPricer } from '../security/upstreamCostPlugin.js';
import { GATEWAY_INTERNAL_CALLER } from '../security/Caller.js';
import type { GatewayMetrics } from '../telemetry/index.js';
import type { TrustedDocuments } from '../trustedDocuments/index.js';
import { acceptUpgrades } from './acceptUpgrades.js';
import { mapEvents } from './mapEvents.js';
import { PackageWatchHub } from './PackageWatchHub.js';
import { subscriptionPreparer } from './prepareSubscription.js';
import { SubscriptionSlots } from './SubscriptionSlots.js';

export interface SubscriptionDependencies {
  schema: GraphQLSchema;
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  /** The context factory of HTTP requests. */
  newContext: ContextFactory;
  shared: SharedStores;
  metrics: GatewayMetrics | undefined;
  /** Published documents, when `TRUSTED_DOCUMENTS` is not `off`. */
  trustedDocuments: TrustedDocuments | undefined;
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
  const authenticate = deps.shared.limitFailedAuthentication(
    createAuthenticator(gatewayConfig.auth),
  );
  const { rateLimiter } = deps.shared;
  const prepare = subscriptionPreparer({
    schema: deps.schema,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    introspection: gatewayConfig.limits.introspection,
    enforcedDocuments:
      gatewayConfig.trustedDocuments.mode === 'enforce' ? deps.trustedDocuments : undefined,
  });
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
  const pricer = upstreamPricer(gatewayCosting(gatewayConfig.limits));
  /** Each subscription's reserved estimate, settled once its first event has run. */
  const reservations = new WeakMap<object, { settle(callsMade: number): Promise<void> }>();
  const slots = new SubscriptionSlots(config);
  let closing = false;
  metrics?.countActiveSubscriptions(() => slots.active);

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: gatewayConfig.limits.maxBodyBytes,
  });
  acceptUpgrades(app.server, wss, {
    // The HTTP endpoint's path: clients use one URL for both.
    path: '/graphql',
    allowedHosts: gatewayConfig.http.allowedHosts,
    corsOrigins: gatewayConfig.http.corsOrigins,
    closing: () => closing,
  });
  wss.on('connection', (socket: WebSocket, request: IncomingMessage) =>
    slots.open(socket, request.socket.remoteAddress ?? 'unknown'),
  );

  const formatErrors = (errors: readonly GraphQLError[]) =>
    errors.map((error) => deps.formatError(error.toJSON(), error));

  useServer<Record<string, unknown> | undefined, { socket: WebSocket; request: IncomingMessage }>(
    {
      schema: deps.schema,
      onConnect: (ctx) =>
        authenticateConnection(slots, authenticate, ctx.extra, ctx.connectionParams),
      onSubscribe: async (ctx, id, payload) => {
        const connection = slots.connectionOf(ctx.extra.socket);
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
        const limit = slots.limitFor(connection);
        if (limit) return [limit];
        try {
          await rateLimiter?.(caller, connection.address, 1);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        // The subscription's own reads are charged to its caller's budget, as an HTTP request's.
        const request = { id: '-', ip: connection.address, gatewayTelemetry: null };
        const contextValue: SubscriptionContext = {
          ...deps.newContext(caller, request),
          packageStatus: hub,
        };
        try {
          // Priced as its first event (docs/operations.md "What an operation costs").
          const estimate = pricer.estimate({
            schema: prepared.schema,
            document: prepared.document,
            operation: getOperationAST(prepared.document, prepared.operationName)!,
            variables: prepared.variableValues ?? undefined,
            contextValue,
          });
          const reservation = await pricer.admit(estimate, contextValue);
          if (reservation) reservations.set(contextValue, reservation);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        slots.take(connection, id);
        return { ...prepared, contextValue };
      },
      // Each event runs with a fresh context (loaders, request budget), as an
      // HTTP request would: one context for the subscription's whole life
      // would serve stale loader caches and run out of its budget.
      // The first event settles the subscription's reservation with what the
      // subscription and that event read; each later event is charged what
      // its selection read again (the package itself comes from the shared
      // poll, which no subscriber is charged for).
      subscribe: async (args) => {
        const subscription = args.contextValue as SubscriptionContext;
        const reservation = reservations.get(subscription);
        const stream = await createSourceEventStream(args);
        if (!(Symbol.asyncIterator in stream)) {
          await reservation?.settle(subscription.telemetry.upstreamCalls);
          return stream;
        }
        let first = true;
        return mapEvents(stream, async (event) => {
          const contextValue: SubscriptionContext = {
            ...deps.newContext(subscription.caller),
            upstreamBudget: subscription.upstreamBudget,
            packageStatus: hub,
          };
          const result = await execute({ ...args, rootValue: event, contextValue });
          const made = contextValue.telemetry.upstreamCalls;
          if (first) {
            first = false;
            await reservation?.settle(subscription.telemetry.upstreamCalls + made);
          } else if (made > 0) {
            await subscription.upstreamBudget?.charge(made);
          }
          return result;
        });
      },
      onNext: (_ctx, _id, _payload, _args, result: ExecutionResult) => ({
        ...(result.data !== undefined && { data: result.data }),
        ...(result.errors && { errors: formatErrors(result.errors) }),
      }),
      onError: (_ctx, _id, _payload, errors) => formatErrors(errors),
      onComplete: (ctx, id) => slots.release(ctx.extra.socket, id),
    },
    wss,
  );

  app.addHook('preClose', async () => {
    closing = true;
    hub.close();
    await Promise.all(slots.sockets().map((socket) => goAway(socket)));
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  });
}

/**
 * graphql-ws `onConnect`: the caller from `connection_init`'s
 * `payload.authorization`, or else the upgrade request's header; a refused
 * one closes the socket with its code in the reason.
 */
async function authenticateConnection(
  slots: SubscriptionSlots,
  authenticate: AddressAuthenticator,
  { socket, request }: { socket: WebSocket; request: IncomingMessage },
  connectionParams: Record<string, unknown> | undefined,
): Promise<boolean> {
  const connection = slots.connectionOf(socket);
  if (!connection) return false;
  const fromPayload = connectionParams?.authorization;
  if (fromPayload !== undefined && typeof fromPayload !== 'string') {
    socket.close(
      CloseCode.BadRequest,
      'BAD_USER_INPUT: connection_init payload.authorization must be a string',
    );
    return false;
  }
  try {
    connection.caller = await authenticate(
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

function closeReason(text: string): string {
  let reason = text;
  while (Buffer.byteLength(reason) > MAX_CLOSE_REASON) reason = reason.slice(0, -2) + '…';
  return reason;
}
