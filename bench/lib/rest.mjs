/**
 * The smallest JSON-over-HTTP client the benchmark can have: node:http with a
 * keep-alive agent, so the REST floor pays no more per call than the wire.
 */
import http from 'node:http';

/**
 * @param {string} baseUrl e.g. `http://127.0.0.1:4010`
 * @returns {(method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<any>}
 *   resolves the parsed body of a 2xx answer, rejects with status and body otherwise
 */
export function createRestClient(baseUrl) {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  return (method, path, body, headers = {}) =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const request = http.request(
        {
          agent,
          host: base.hostname,
          port: base.port,
          method,
          path,
          headers: {
            ...headers,
            ...(payload === undefined
              ? {}
              : {
                  'content-type': 'application/json',
                  'content-length': Buffer.byteLength(payload),
                }),
          },
        },
        (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const status = response.statusCode ?? 0;
            if (status >= 200 && status < 300) {
              resolve(text === '' ? undefined : JSON.parse(text));
            } else {
              reject(new Error(`${method} ${path} answered ${status}: ${text.slice(0, 300)}`));
            }
          });
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(payload);
    });
}

/**
 * The same client on the gateway's own upstream transport (got, keep-alive,
 * `src/datasources/createUpstreamHttp.ts`): the `floor-got` target, which
 * tells how much of the gap to the floor the transport alone costs.
 * @param {string} baseUrl
 */
export async function createGotRestClient(baseUrl) {
  const entry = new URL('../../dist/datasources/createUpstreamHttp.js', import.meta.url);
  const { createUpstreamHttp } = await import(entry.href);
  const upstream = createUpstreamHttp({ baseUrl, timeoutMs: 30_000 });
  return async (method, path, body, headers = {}) => {
    const response = await upstream.send({ method, path, headers, body });
    if (response.statusCode >= 200 && response.statusCode < 300) {
      return response.body === '' ? undefined : JSON.parse(response.body);
    }
    throw new Error(
      `${method} ${path} answered ${response.statusCode}: ${response.body.slice(0, 300)}`,
    );
  };
}
