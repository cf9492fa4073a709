import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';
import { originMatcher } from '../http/registerCors.js';
import { hostMatcher } from '../http/registerHostAllowList.js';

export interface UpgradeOptions {
  /** The GraphQL path: the only one that upgrades. */
  path: string;
  /** `ALLOWED_HOSTS`. */
  allowedHosts: readonly string[];
  /** `CORS_ORIGINS`: the browser pages that may open a socket. */
  corsOrigins: readonly string[];
  /** True once shutdown began: new sockets are refused with 503. */
  closing(): boolean;
}

/**
 * Hands the HTTP server's WebSocket upgrades on `path` to `wss`, after the
 * checks HTTP requests get from Fastify hooks, which an upgrade skips: the
 * Host allow-list (against DNS rebinding) and the origins CORS allows (a
 * browser page may open a WebSocket to any origin).
 */
export function acceptUpgrades(server: Server, wss: WebSocketServer, options: UpgradeOptions) {
  const hostAllowed = hostMatcher(options.allowedHosts);
  const originAllowed = originMatcher(options.corsOrigins);
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const pathname = (request.url ?? '').split('?', 1)[0];
    if (pathname !== options.path) return refuseUpgrade(socket, 404, 'Not Found');
    if (options.closing()) return refuseUpgrade(socket, 503, 'Service Unavailable');
    const origin = request.headers.origin;
    if (!hostAllowed(request.headers.host) || (origin !== undefined && !originAllowed(origin))) {
      return refuseUpgrade(socket, 403, 'Forbidden');
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
