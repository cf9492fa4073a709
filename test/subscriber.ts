/**
 * A graphql-ws client for the subscription tests (the protocol Apollo
 * Client's GraphQLWsLink speaks), on `ws` since Node 20 has no WebSocket.
 */
import { createClient, type Client } from 'graphql-ws';
import { print, type GraphQLFormattedError } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import WebSocket from 'ws';

export function webSocketUrl(gatewayUrl: string): string {
  return gatewayUrl.replace(/^http/, 'ws');
}

export interface Subscriber {
  readonly client: Client;
  /** Resolves with the close event once the server closes the connection. */
  readonly closed: Promise<{ code: number; reason: string }>;
  subscribe<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Subscription<TData>;
  dispose(): Promise<void>;
}

export interface Subscription<TData> {
  /** Every `next` payload so far. */
  readonly results: { data?: TData | null; errors?: readonly GraphQLFormattedError[] }[];
  /** Resolves once the server completes the subscription, or with its `error` message's errors. */
  readonly ended: Promise<{ errors?: readonly GraphQLFormattedError[] }>;
  /** Resolves once `count` payloads arrived. */
  received(count: number): Promise<void>;
  unsubscribe(): void;
}

export function connectSubscriber(
  gatewayUrl: string,
  connectionParams?: Record<string, unknown>,
): Subscriber {
  let onClosed: (event: { code: number; reason: string }) => void = () => undefined;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: webSocketUrl(gatewayUrl),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: unknown };
        onClosed({ code, reason: String(reason) });
      },
    },
  });
  return {
    client,
    closed,
    subscribe(document, variables) {
      const results: Subscription<never>['results'][number][] = [];
      const waiters: { count: number; resolve(): void }[] = [];
      let unsubscribe: () => void = () => undefined;
      const ended = new Promise<{ errors?: readonly GraphQLFormattedError[] }>((resolve) => {
        unsubscribe = client.subscribe(
          { query: print(document), variables },
          {
            next: (value) => {
              results.push(value as (typeof results)[number]);
              for (const waiter of waiters.filter((w) => results.length >= w.count)) {
                waiter.resolve();
              }
            },
            error: (error) =>
              resolve({
                errors: Array.isArray(error)
                  ? error
                  : [{ message: String((error as { reason?: string }).reason ?? error) }],
              }),
            complete: () => resolve({}),
          },
        );
      });
      return {
        results,
        ended,
        received: (count) =>
          results.length >= count
            ? Promise.resolve()
            : new Promise<void>((resolve) => waiters.push({ count, resolve })),
        unsubscribe: () => unsubscribe(),
      } as Subscription<never>;
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}

/** Opens a raw WebSocket speaking graphql-transport-ws, for malformed messages. */
export function rawSocket(gatewayUrl: string, headers: Record<string, string> = {}) {
  const socket = new WebSocket(webSocketUrl(gatewayUrl), 'graphql-transport-ws', { headers });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const messages: { type: string }[] = [];
  const waiters: { type: string; resolve(): void }[] = [];
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { type: string };
    messages.push(message);
    for (const waiter of waiters.filter((w) => w.type === message.type)) waiter.resolve();
  });
  /** Resolves once a message of `type` arrived. */
  const received = (type: string) =>
    messages.some((m) => m.type === type)
      ? Promise.resolve()
      : new Promise<void>((resolve) => waiters.push({ type, resolve }));
  return { socket, opened, closed, messages, received };
}
