import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { createUpstreamHttp, UpstreamTransportError } from '../../src/datasources/index.js';

/** A tiny upstream: `/gzip` answers compressed JSON, `/slow` never answers, `/echo` echoes. */
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.url === '/api/gzip') {
        response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        response.end(gzipSync(JSON.stringify({ ok: true })));
      } else if (request.url === '/api/echo') {
        response.writeHead(418, { 'retry-after': '3' });
        response.end(
          JSON.stringify({
            method: request.method,
            type: request.headers['content-type'],
            account: request.headers['wix-account-id'],
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('createUpstreamHttp', () => {
  it('sends JSON under the base path and hands back any status with its headers and body', async () => {
    const http = createUpstreamHttp({ baseUrl, timeoutMs: 5_000 });
    const response = await http.send({
      method: 'POST',
      path: '/echo',
      headers: { 'wix-account-id': 'acc' },
      body: { a: 1 },
    });
    http.close();
    expect(response.statusCode).toBe(418);
    expect(response.headers['retry-after']).toBe('3');
    expect(JSON.parse(response.body)).toEqual({
      method: 'POST',
      type: 'application/json',
      account: 'acc',
      body: '{"a":1}',
    });
  });

  it.each(['PATCH', 'DELETE'] as const)(
    'sends a %s without a body and gets its answer',
    async (method) => {
      const http = createUpstreamHttp({ baseUrl, timeoutMs: 2_000 });
      const response = await http.send({ method, path: '/echo', headers: {} });
      http.close();
      expect(JSON.parse(response.body)).toMatchObject({ method, body: '' });
    },
  );

  it('decompresses a gzip answer', async () => {
    const http = createUpstreamHttp({ baseUrl, timeoutMs: 5_000 });
    const response = await http.send({ method: 'GET', path: '/gzip', headers: {} });
    http.close();
    expect(JSON.parse(response.body)).toEqual({ ok: true });
  });

  it('fails with a timeout past the deadline and names nothing of the request', async () => {
    const http = createUpstreamHttp({ baseUrl, timeoutMs: 5_000 });
    const error = await http
      .send({ method: 'GET', path: '/slow', headers: { authorization: 'secret' }, timeoutMs: 50 })
      .catch((e: unknown) => e);
    http.close();
    expect(error).toBeInstanceOf(UpstreamTransportError);
    expect(error).toMatchObject({ reason: 'timeout' });
    expect(JSON.stringify(error) + String(error)).not.toMatch(/secret|127\.0\.0\.1/);
  });

  it('fails as a network error with Node’s code when nothing listens', async () => {
    const http = createUpstreamHttp({ baseUrl: 'http://127.0.0.1:1', timeoutMs: 5_000 });
    const error = await http.send({ method: 'GET', path: '/', headers: {} }).catch((e) => e);
    http.close();
    expect(error).toMatchObject({ reason: 'network', code: 'ECONNREFUSED' });
  });
});
