/**
 * A gateway in front of a scripted, hostile upstream instead of the emulator:
 * the test decides every answer (status, headers, body) Wix would give.
 */
import 'reflect-metadata';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig, withUpstream } from '../src/config.js';
import { startGateway, type RunningGateway } from '../src/server.js';

export interface UpstreamAnswer {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

export interface HostileUpstream {
  readonly gatewayUrl: string;
  /** What the upstream answers next (every request until changed). */
  answer(next: (request: IncomingMessage) => UpstreamAnswer): void;
  post(body: unknown): Promise<{ status: number; text: string }>;
}

export const HOSTILE_API_KEY = 'hostile-upstream-test-key-0123456789';
export const HOSTILE_ACCOUNT = '6a4b0f3c-2d5e-4f60-8a71-9b8c7d6e5f40';

export function useHostileUpstream(env: Record<string, string> = {}): HostileUpstream {
  let server: Server;
  let gateway: RunningGateway;
  let responder: (request: IncomingMessage) => UpstreamAnswer = () => ({ status: 500, body: '' });

  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        const answer = responder(request);
        response.writeHead(answer.status, {
          'content-type': 'application/json',
          ...answer.headers,
        });
        response.end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      UPSTREAM_RETRIES: '0',
      ...env,
    });
    gateway = await startGateway(
      withUpstream(config, {
        baseUrl: `http://127.0.0.1:${port}`,
        apiKey: HOSTILE_API_KEY,
        accountId: HOSTILE_ACCOUNT,
      }),
    );
  });

  afterAll(async () => {
    await gateway?.stop();
    await new Promise((resolve) => server?.close(resolve));
  });

  return {
    get gatewayUrl() {
      return gateway.url;
    },
    answer(next) {
      responder = next;
    },
    async post(body) {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    },
  };
}
