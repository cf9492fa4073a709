import { ConfigError, loadConfig } from '../../src/config.js';
import { CUSTOMER_A_TOKEN, GATEWAY_TOKENS } from '../callers.js';
import { ACCOUNTS, summarize, useGateway, type Harness } from '../harness.js';

const SITES_QUERY = `{ sites(first: 1, accountId: "${ACCOUNTS.customerA}") { nodes { id } } }`;
const CLIENT_HEADERS =
  'content-type,authorization,apollo-require-preflight,x-apollo-operation-name,apollographql-client-name,apollographql-client-version,traceparent';

function preflight(gateway: Harness, origin: string, path = '/graphql'): Promise<Response> {
  return fetch(gateway.gatewayOrigin + path, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': CLIENT_HEADERS,
    },
  });
}

function post(gateway: Harness, origin: string, headers: Record<string, string> = {}) {
  return fetch(gateway.gatewayUrl, {
    method: 'POST',
    headers: {
      origin,
      'content-type': 'application/json',
      authorization: `Bearer ${CUSTOMER_A_TOKEN}`,
      ...headers,
    },
    body: JSON.stringify({ query: SITES_QUERY }),
  });
}

/** Every `access-control-*` header of a response, by name. */
function corsHeaders(response: Response): Record<string, string> {
  return Object.fromEntries(
    [...response.headers].filter(([name]) => name.startsWith('access-control-')),
  );
}

describe('CORS in development (default origins)', () => {
  const gateway = useGateway({ env: { GATEWAY_TOKENS } });

  it.each(['http://localhost:5173', 'http://127.0.0.1:8080', 'https://studio.apollographql.com'])(
    'answers a preflight from %s with 204, the GraphQL methods and headers, and a max-age',
    async (origin) => {
      const response = await preflight(gateway, origin);
      expect(response.status).toBe(204);
      expect(corsHeaders(response)).toEqual({
        'access-control-allow-origin': origin,
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers':
          'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, apollographql-client-name, apollographql-client-version, traceparent, tracestate, x-request-id',
        'access-control-expose-headers': 'x-request-id',
        'access-control-max-age': '600',
      });
      expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
      expect(await response.text()).toBe('');
      expect(await gateway.upstreamCalls()).toEqual([]);
    },
  );

  it('gives a preflight from another origin no CORS header, so the browser stops there', async () => {
    for (const origin of ['https://evil.example', 'http://localhost.evil.example:5173', 'null']) {
      const response = await preflight(gateway, origin);
      expect(corsHeaders(response)).toEqual({});
      expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
    }
    expect(await gateway.upstreamCalls()).toEqual([]);
  });

  it('answers an allowed origin with data, its origin echoed and the request id exposed', async () => {
    const response = await post(gateway, 'http://localhost:5173');
    expect(response.status).toBe(200);
    expect(corsHeaders(response)).toEqual({
      'access-control-allow-origin': 'http://localhost:5173',
      'access-control-expose-headers': 'x-request-id',
    });
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
    expect(await response.json()).toEqual({
      data: { sites: { nodes: [{ id: expect.any(String) }] } },
    });
    expect(summarize(await gateway.upstreamCalls())).toEqual([
      `POST /site-list/v2/sites/query ${ACCOUNTS.customerA}`,
    ]);
  });

  it('sends no CORS header to a disallowed origin, and Vary: Origin on every answer', async () => {
    const response = await post(gateway, 'https://evil.example');
    expect(corsHeaders(response)).toEqual({});
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
    const health = await fetch(`${gateway.gatewayOrigin}/healthz`, {
      headers: { origin: 'http://localhost:5173' },
    });
    expect(corsHeaders(health)).toEqual({});
    expect(health.headers.get('vary')).toMatch(/\bOrigin\b/);
  });

  it('keeps CSRF prevention on for a simple request from an allowed origin', async () => {
    const response = await post(gateway, 'http://localhost:5173', { 'content-type': 'text/plain' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST' } }],
    });
    expect(await gateway.upstreamCalls()).toEqual([]);
  });
});

describe('CORS with an explicit CORS_ORIGINS', () => {
  const gateway = useGateway({
    env: { GATEWAY_TOKENS, CORS_ORIGINS: 'https://dashboard.example.com, http://localhost:3000' },
  });

  it('lets in exactly the listed origins', async () => {
    expect((await preflight(gateway, 'https://dashboard.example.com')).status).toBe(204);
    expect((await preflight(gateway, 'http://localhost:3000')).status).toBe(204);
    for (const origin of [
      'http://localhost:5173',
      'https://studio.apollographql.com',
      'http://dashboard.example.com',
      'https://dashboard.example.com:8443',
    ]) {
      expect(corsHeaders(await preflight(gateway, origin))).toEqual({});
    }
  });
});

describe('CORS in production (default: none)', () => {
  const gateway = useGateway({
    env: {
      NODE_ENV: 'production',
      WIX_API_KEY: 'overridden-by-the-harness',
      WIX_ACCOUNT_ID: ACCOUNTS.reseller,
      GATEWAY_TOKENS,
      CURSOR_SECRET: 'a-cursor-secret-shared-by-replicas-0123456789',
    },
  });

  it('sends no Access-Control-* header to any origin, and still Vary: Origin', async () => {
    for (const origin of ['http://localhost:5173', 'https://studio.apollographql.com']) {
      const response = await preflight(gateway, origin);
      expect(corsHeaders(response)).toEqual({});
      expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
      const answer = await post(gateway, origin);
      expect(answer.status).toBe(200);
      expect(corsHeaders(answer)).toEqual({});
    }
  });
});

describe('CORS_ORIGINS configuration', () => {
  const production = {
    NODE_ENV: 'production',
    WIX_API_KEY: 'key',
    WIX_ACCOUNT_ID: ACCOUNTS.reseller,
    GATEWAY_TOKENS,
    CURSOR_SECRET: 'a-cursor-secret-shared-by-replicas-0123456789',
  };

  it('defaults to local dev servers and hosted Sandbox in development, none in production', () => {
    expect(loadConfig({}).http.corsOrigins).toEqual([
      'http://localhost:*',
      'http://127.0.0.1:*',
      'https://studio.apollographql.com',
    ]);
    expect(loadConfig(production).http.corsOrigins).toEqual([]);
  });

  it('refuses * in production with a message naming the variable', () => {
    expect(() => loadConfig({ ...production, CORS_ORIGINS: 'https://a.example.com,*' })).toThrow(
      new ConfigError('CORS_ORIGINS must list exact origins when NODE_ENV=production, got "*"'),
    );
    expect(loadConfig({ CORS_ORIGINS: '*' }).http.corsOrigins).toEqual(['*']);
  });

  it.each([
    'https://app.example.com/',
    'https://app.example.com/graphql',
    'app.example.com',
    'ftp://x.example',
    'https://APP.example.com',
    'https://a.example.com:8443:*',
  ])('refuses %s, which is not an exact origin', (origin) => {
    expect(() => loadConfig({ CORS_ORIGINS: origin })).toThrow(
      new ConfigError(
        `CORS_ORIGINS must be exact origins like https://app.example.com (scheme, host, port; no path or trailing slash), got "${origin}"`,
      ),
    );
  });
});
