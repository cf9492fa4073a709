/**
 * A drifting stand-in for Wix: a loopback proxy in front of the emulator that
 * rewrites answers the way real Wix departs from its docs (new enum values,
 * missing fields, extra fields, other spellings, code-only error bodies).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchWixEndpoint, type WixEndpointName } from '../../src/wix-api/endpoints.js';

/** Rewrites one answer; `undefined` endpoint for paths outside the table. */
export type Rewrite = (
  answer: { status: number; body: unknown },
  endpoint: WixEndpointName | undefined,
) => { status: number; body: unknown };

export interface DriftingWix {
  readonly url: string;
  /** The rewrite applied from now on (default: none). */
  rewrite: Rewrite;
  stop(): Promise<void>;
}

const AS_IS: Rewrite = (answer) => answer;

export async function startDriftingWix(targetUrl: () => string): Promise<DriftingWix> {
  const stand: { rewrite: Rewrite } = { rewrite: AS_IS };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async () => {
        const method = request.method ?? 'GET';
        const headers: Record<string, string> = {};
        for (const name of ['authorization', 'wix-account-id', 'content-type']) {
          const value = request.headers[name];
          if (typeof value === 'string') headers[name] = value;
        }
        const upstream = await fetch(targetUrl() + request.url, {
          method,
          headers,
          ...(chunks.length > 0 && { body: Buffer.concat(chunks) }),
        });
        const text = await upstream.text();
        const answer = stand.rewrite(
          { status: upstream.status, body: text === '' ? undefined : JSON.parse(text) },
          matchWixEndpoint(method, new URL(request.url ?? '/', 'http://x').pathname),
        );
        response.writeHead(answer.status, { 'content-type': 'application/json' });
        response.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
      })().catch(() => {
        response.writeHead(502).end();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get rewrite() {
      return stand.rewrite;
    },
    set rewrite(rewrite: Rewrite) {
      stand.rewrite = rewrite;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
