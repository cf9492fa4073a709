import http from 'node:http';
import https from 'node:https';
import got, { type Got } from 'got';

export interface UpstreamHttpOptions {
  /** Base URL of the Wix REST APIs, without a trailing slash. */
  baseUrl: string;
  /** Total deadline of one upstream call, in milliseconds. */
  timeoutMs: number;
}

/** The process-wide HTTP client to Wix, and the means to release its sockets. */
export interface UpstreamHttp {
  readonly got: Got;
  close(): void;
}

/**
 * One got instance per process, so every request reuses the same keep-alive
 * sockets. It carries nothing request-specific: credentials and the account
 * are added per call by WixHttpClient.
 */
export function createUpstreamHttp(options: UpstreamHttpOptions): UpstreamHttp {
  const agent = {
    http: new http.Agent({ keepAlive: true }),
    https: new https.Agent({ keepAlive: true }),
  };
  const instance = got.extend({
    prefixUrl: options.baseUrl,
    agent,
    timeout: { request: options.timeoutMs },
    // Retries are a policy decision per call kind (reads vs. writes), not a
    // transport default: got must never replay a provisioning write on its own.
    retry: { limit: 0 },
    // Status handling and body parsing happen in WixHttpClient, where errors
    // are translated before they can carry the URL or headers anywhere.
    throwHttpErrors: false,
    responseType: 'text',
    followRedirect: false,
    headers: { accept: 'application/json', 'user-agent': 'wix-reseller-graphql-gateway' },
  });
  return {
    got: instance,
    close() {
      agent.http.destroy();
      agent.https.destroy();
    },
  };
}
