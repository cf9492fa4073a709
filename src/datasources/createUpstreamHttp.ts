import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

export interface UpstreamHttpOptions {
  /** Base URL of the Wix REST APIs, without a trailing slash. */
  baseUrl: string;
  /** Total deadline of one upstream call, in milliseconds, when a request names none. */
  timeoutMs: number;
}

/** One HTTP exchange with Wix, as WixHttpClient asks for it. */
export interface UpstreamRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Path under the base URL, with a leading slash. */
  path: string;
  headers: Record<string, string>;
  /** Sent as JSON when present. */
  body?: unknown;
  /** Deadline to open a new connection, in milliseconds (a reused socket skips it). */
  connectTimeoutMs?: number;
  /** Deadline of the whole exchange, in milliseconds. */
  timeoutMs?: number;
}

export interface UpstreamResponse {
  statusCode: number;
  headers: IncomingHttpHeaders;
  /** The body as text, decompressed. */
  body: string;
}

/**
 * A request that got no complete HTTP answer. It carries no URL, header or
 * body on purpose: those hold the upstream address and the API key.
 */
export class UpstreamTransportError extends Error {
  override name = 'UpstreamTransportError';

  constructor(
    /** `timeout`: a deadline passed; `network`: refused, reset, DNS, TLS, cut body. */
    readonly reason: 'timeout' | 'network',
    /** Node's error code (`ECONNREFUSED`, …) when there is one. */
    readonly code?: string,
  ) {
    super(reason === 'timeout' ? 'upstream deadline passed' : `upstream unreachable (${code})`);
  }
}

/** The process-wide HTTP client to Wix, and the means to release its sockets. */
export interface UpstreamHttp {
  send(request: UpstreamRequest): Promise<UpstreamResponse>;
  close(): void;
}

const DECODERS: Record<string, (buffer: Buffer) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};

/**
 * One keep-alive agent per process, so every request reuses the same sockets.
 * It carries nothing request-specific: credentials and the account come per
 * call from WixHttpClient. Plain node:http rather than a feature-rich client:
 * on the gateway's hot path a call costs a quarter of got's CPU time (issue 5),
 * and retries, redirects and status handling are decided elsewhere anyway
 * (retries per call kind in the resilience pipeline, never here; a redirect or
 * an error status is handed back as is for WixHttpClient to translate).
 */
export function createUpstreamHttp(options: UpstreamHttpOptions): UpstreamHttp {
  const base = new URL(options.baseUrl);
  const secure = base.protocol === 'https:';
  const agent = secure ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true });
  const request = secure ? https.request : http.request;
  const basePath = base.pathname.replace(/\/+$/, '');
  const port = base.port || (secure ? 443 : 80);

  function send(call: UpstreamRequest): Promise<UpstreamResponse> {
    return new Promise((resolve, reject) => {
      const payload = call.body === undefined ? undefined : JSON.stringify(call.body);
      const outgoing = request({
        agent,
        protocol: base.protocol,
        hostname: base.hostname,
        port,
        method: call.method,
        path: basePath + call.path,
        headers: {
          accept: 'application/json',
          'accept-encoding': 'gzip, deflate, br',
          'user-agent': 'wix-reseller-graphql-gateway',
          ...call.headers,
          ...(payload !== undefined && {
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(payload)),
          }),
        },
      });
      let connectTimer: NodeJS.Timeout | undefined;
      const fail = (error: UpstreamTransportError) => {
        clearTimeout(timer);
        clearTimeout(connectTimer);
        outgoing.destroy();
        reject(error);
      };
      const timer = setTimeout(
        () => fail(new UpstreamTransportError('timeout')),
        call.timeoutMs ?? options.timeoutMs,
      );
      if (call.connectTimeoutMs !== undefined) {
        const connectMs = call.connectTimeoutMs;
        outgoing.once('socket', (socket) => {
          if (!socket.connecting) return;
          connectTimer = setTimeout(() => fail(new UpstreamTransportError('timeout')), connectMs);
          socket.once(secure ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer));
        });
      }
      outgoing.on('error', (error: NodeJS.ErrnoException) =>
        fail(new UpstreamTransportError('network', error.code)),
      );
      outgoing.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', (error: NodeJS.ErrnoException) =>
          fail(new UpstreamTransportError('network', error.code ?? 'ECONNRESET')),
        );
        response.on('end', () => {
          clearTimeout(timer);
          const raw = Buffer.concat(chunks);
          const encoding = response.headers['content-encoding'];
          const decode = encoding ? DECODERS[encoding] : undefined;
          const answer = (buffer: Buffer) =>
            resolve({
              statusCode: response.statusCode ?? 0,
              headers: response.headers,
              body: buffer.toString('utf8'),
            });
          if (!decode) return answer(raw);
          decode(raw).then(answer, () => reject(new UpstreamTransportError('network', 'EDECODE')));
        });
      });
      outgoing.end(payload);
    });
  }

  return {
    send,
    close() {
      agent.destroy();
    },
  };
}
