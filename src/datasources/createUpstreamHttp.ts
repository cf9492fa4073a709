import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import got, { RequestError, TimeoutError } from 'got';

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

/**
 * One got instance and one keep-alive agent per process, so every request
 * reuses the same sockets. It carries nothing request-specific: credentials
 * and the account come per call from WixHttpClient. got's own retries,
 * redirects and status errors are off: retries are decided per call kind in
 * the resilience pipeline (a provisioning write must never be replayed by the
 * transport), and an error status is handed back as is for WixHttpClient to
 * translate before it can carry the URL or headers anywhere.
 */
export function createUpstreamHttp(options: UpstreamHttpOptions): UpstreamHttp {
  const agent = {
    http: new http.Agent({ keepAlive: true }),
    https: new https.Agent({ keepAlive: true }),
  };
  const client = got.extend({
    prefixUrl: options.baseUrl,
    agent,
    retry: { limit: 0 },
    throwHttpErrors: false,
    followRedirect: false,
    responseType: 'text',
    headers: { accept: 'application/json', 'user-agent': 'wix-reseller-graphql-gateway' },
  });

  async function send(call: UpstreamRequest): Promise<UpstreamResponse> {
    try {
      const response = await client(call.path.replace(/^\/+/, ''), {
        method: call.method,
        headers: call.headers,
        timeout: {
          request: call.timeoutMs ?? options.timeoutMs,
          ...(call.connectTimeoutMs !== undefined && { connect: call.connectTimeoutMs }),
        },
        ...(call.body !== undefined && { json: call.body }),
      });
      return { statusCode: response.statusCode, headers: response.headers, body: response.body };
    } catch (error) {
      // got's errors hold the request options (URL, Authorization): keep only the reason.
      if (error instanceof TimeoutError) throw new UpstreamTransportError('timeout');
      const code = error instanceof RequestError ? error.code : undefined;
      throw new UpstreamTransportError('network', code);
    }
  }

  return {
    send,
    close() {
      agent.http.destroy();
      agent.https.destroy();
    },
  };
}
