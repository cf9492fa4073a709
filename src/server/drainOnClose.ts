import type { FastifyInstance } from 'fastify';

export interface DrainOptions {
  /** How long in-flight requests may run once closing begins (`SHUTDOWN_TIMEOUT_MS`). */
  timeoutMs: number;
  /** Called at the deadline: whatever still runs must fail now (cut upstream sockets). */
  onDeadline(): void;
  /** Releases what the requests used (Apollo, upstream sockets, Redis), after the last one. */
  release(): Promise<void>;
}

/**
 * The gateway's close(): no new connections, in-flight requests finish within
 * the deadline (then their connections are cut), then everything is released.
 * Register it before the routes: its hook must see every answer.
 */
export function drainOnClose(app: FastifyInstance, options: DrainOptions): () => Promise<void> {
  // Answers sent once closing has begun close their connection, so the drain
  // ends with the last in-flight request instead of waiting for idle
  // keep-alive sockets to time out.
  let closing = false;
  app.addHook('onSend', async (_request, reply) => {
    if (closing) void reply.header('connection', 'close');
  });
  return async () => {
    closing = true;
    // Past the deadline, cutting client connections and upstream sockets
    // makes the requests still running fail now instead of holding the exit.
    const deadline = setTimeout(() => {
      app.server.closeAllConnections();
      options.onDeadline();
    }, options.timeoutMs);
    try {
      await app.close();
    } finally {
      clearTimeout(deadline);
      await options.release();
    }
  };
}
