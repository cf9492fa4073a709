import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config.js';
import { callerAuthenticationWarning } from '../../src/security/createAuthenticator.js';
import { ACCOUNTS } from '../harness.js';
import { CUSTOMER_A_TOKEN, GATEWAY_TOKENS } from '../callers.js';

const REAL_UPSTREAM = { WIX_API_KEY: 'a-real-key', WIX_ACCOUNT_ID: ACCOUNTS.reseller };
const CURSOR_SECRET = 'a-cursor-secret-shared-by-replicas-0123456789';
const PRODUCTION = { NODE_ENV: 'production', ...REAL_UPSTREAM, GATEWAY_TOKENS, CURSOR_SECRET };

describe('security configuration', () => {
  it('has development defaults: introspection and Sandbox on, limits as documented, no callers', () => {
    expect(loadConfig({})).toMatchObject({
      limits: {
        introspection: true,
        maxDepth: 10,
        maxAliases: 15,
        maxDirectives: 10,
        maxTokens: 3000,
        maxUpstreamCalls: 10,
        maxResponseObjects: 10_000,
        costInExtensions: false,
        maxBodyBytes: 1_048_576,
        maxBatchOperations: 1,
      },
      explorer: { sandbox: true },
      auth: { callerTokens: [], jwt: undefined, allowAnonymous: false },
    });
  });

  it('turns introspection and Sandbox off by default when NODE_ENV=production, each with a switch', () => {
    expect(loadConfig(PRODUCTION)).toMatchObject({
      limits: { introspection: false },
      explorer: { sandbox: false },
    });
    expect(loadConfig({ ...PRODUCTION, INTROSPECTION: 'true', SANDBOX: 'true' })).toMatchObject({
      limits: { introspection: true },
      explorer: { sandbox: true },
    });
  });

  it('refuses to start in production without caller authentication unless told to run open', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', ...REAL_UPSTREAM, CURSOR_SECRET })).toThrow(
      new ConfigError(
        'NODE_ENV=production needs caller authentication: set GATEWAY_TOKENS, GATEWAY_TOKENS_FILE or GATEWAY_JWT_* (or GATEWAY_ALLOW_ANONYMOUS=true to run open)',
      ),
    );
    expect(
      loadConfig({
        NODE_ENV: 'production',
        ...REAL_UPSTREAM,
        CURSOR_SECRET,
        GATEWAY_ALLOW_ANONYMOUS: 'true',
      }).auth.allowAnonymous,
    ).toBe(true);
  });

  it('needs a shared CURSOR_SECRET of 32+ characters in production, and makes a random one per process otherwise', () => {
    expect(() => loadConfig({ ...PRODUCTION, CURSOR_SECRET: undefined })).toThrow(
      new ConfigError(
        'CURSOR_SECRET (at least 32 characters, the same on every replica) is required when NODE_ENV=production',
      ),
    );
    expect(() => loadConfig({ CURSOR_SECRET: 'short' })).toThrow(
      new ConfigError('CURSOR_SECRET must be at least 32 characters'),
    );
    expect(loadConfig(PRODUCTION).limits).toMatchObject({
      cursorSecret: CURSOR_SECRET,
      cursorTtlSeconds: 3600,
    });
    expect(loadConfig({}).limits.cursorSecret).not.toBe(loadConfig({}).limits.cursorSecret);
    expect(loadConfig({}).limits.cursorSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses a real WIX_API_KEY without caller authentication outside production too, unless told to run open', () => {
    expect(() => loadConfig(REAL_UPSTREAM)).toThrow(
      new ConfigError(
        'WIX_API_KEY is set but caller authentication is off, so anyone who reaches the gateway would act with that key: set GATEWAY_TOKENS, GATEWAY_TOKENS_FILE or GATEWAY_JWT_* (or GATEWAY_ALLOW_ANONYMOUS=true to run open)',
      ),
    );
    expect(loadConfig({ ...REAL_UPSTREAM, GATEWAY_TOKENS }).auth.callerTokens).toEqual(
      loadConfig({ GATEWAY_TOKENS }).auth.callerTokens,
    );
    expect(loadConfig({ ...REAL_UPSTREAM, GATEWAY_ALLOW_ANONYMOUS: 'true' }).auth).toMatchObject({
      callerTokens: [],
      allowAnonymous: true,
    });
  });

  it('answers loopback Host names by default in development (and HOST when it names one address), any in production', () => {
    expect(loadConfig({}).http.allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(loadConfig({ HOST: '192.168.1.20' }).http.allowedHosts).toEqual([
      'localhost',
      '127.0.0.1',
      '[::1]',
      '192.168.1.20',
    ]);
    expect(loadConfig({ HOST: '0.0.0.0' }).http.allowedHosts).toEqual([
      'localhost',
      '127.0.0.1',
      '[::1]',
    ]);
    expect(loadConfig(PRODUCTION).http.allowedHosts).toEqual(['*']);
    expect(
      loadConfig({ ...PRODUCTION, ALLOWED_HOSTS: 'Gateway.Example.com, 10.0.0.7' }).http
        .allowedHosts,
    ).toEqual(['gateway.example.com', '10.0.0.7']);
    expect(() => loadConfig({ ALLOWED_HOSTS: 'https://gateway.example.com' })).toThrow(
      new ConfigError(
        'ALLOWED_HOSTS must list host names without scheme or port (gateway.example.com, 10.0.0.7, [::1]) or *, got "https://gateway.example.com"',
      ),
    );
  });

  it('serves /metrics on the gateway port in development and on 9464 in production, unless METRICS_PORT says', () => {
    expect(loadConfig({}).telemetry.metricsPort).toBeUndefined();
    expect(loadConfig(PRODUCTION).telemetry.metricsPort).toBe(9464);
    expect(loadConfig({ ...PRODUCTION, METRICS_PORT: '9100' }).telemetry.metricsPort).toBe(9100);
    expect(() => loadConfig({ METRICS_PORT: 'prometheus' })).toThrow(
      new ConfigError('METRICS_PORT must be an integer from 0 to 65535, got "prometheus"'),
    );
  });

  it('keeps only SHA-256 digests of tokens, read inline or from a file', () => {
    const inline = loadConfig({ GATEWAY_TOKENS });
    expect(inline.auth.callerTokens.map((t) => [t.name, t.accounts])).toEqual([
      ['agency team', '*'],
      ['customer A app', [ACCOUNTS.customerA]],
      ['customer B app', [ACCOUNTS.customerB]],
      ['customers A and C', [ACCOUNTS.customerA, ACCOUNTS.customerC]],
    ]);
    expect(JSON.stringify(inline)).not.toContain(CUSTOMER_A_TOKEN);
    const file = join(mkdtempSync(join(tmpdir(), 'tokens-')), 'tokens.json');
    writeFileSync(file, GATEWAY_TOKENS);
    expect(loadConfig({ GATEWAY_TOKENS_FILE: file }).auth.callerTokens).toHaveLength(4);
  });

  it.each([
    [
      { GATEWAY_TOKENS: 'nope' },
      'GATEWAY_TOKENS must be a JSON object (token → { name, accounts })',
    ],
    [
      { GATEWAY_TOKENS: '{"short-token":{"name":"x","accounts":"*"}}' },
      'GATEWAY_TOKENS entry 1 ("x"): a token must be at least 24 printable ASCII characters without spaces (or "sha256:<hex digest>")',
    ],
    [
      { GATEWAY_TOKENS: `{"${CUSTOMER_A_TOKEN}":{"name":"x","accounts":["acc"]}}` },
      'GATEWAY_TOKENS entry 1 ("x"): "accounts" must list account GUIDs, got "acc"',
    ],
    [
      { GATEWAY_TOKENS: `{"${CUSTOMER_A_TOKEN}":{"accounts":"*"}}` },
      'GATEWAY_TOKENS entry 1 needs a non-empty "name"',
    ],
    [
      { GATEWAY_TOKENS: '{}', GATEWAY_TOKENS_FILE: '/x' },
      'Set GATEWAY_TOKENS or GATEWAY_TOKENS_FILE, not both',
    ],
    [
      { GATEWAY_TOKENS_FILE: '/nonexistent/tokens.json' },
      'GATEWAY_TOKENS_FILE: cannot read "/nonexistent/tokens.json"',
    ],
    [
      { GATEWAY_JWT_SECRET: 'short', GATEWAY_JWT_ISSUER: 'i', GATEWAY_JWT_AUDIENCE: 'a' },
      'GATEWAY_JWT_SECRET must be at least 32 characters',
    ],
    [
      { GATEWAY_JWT_SECRET: 'x'.repeat(32) },
      'GATEWAY_JWT_ISSUER and GATEWAY_JWT_AUDIENCE are required with JWT',
    ],
    [
      {
        GATEWAY_JWT_SECRET: 'x'.repeat(32),
        GATEWAY_JWT_ALGORITHM: 'RS256',
        GATEWAY_JWT_ISSUER: 'i',
        GATEWAY_JWT_AUDIENCE: 'a',
      },
      'GATEWAY_JWT_ALGORITHM must be HS256, HS384 or HS512 with a secret, got "RS256"',
    ],
    [
      { GATEWAY_JWT_PUBLIC_KEY: 'abc', GATEWAY_JWT_ISSUER: 'i', GATEWAY_JWT_AUDIENCE: 'a' },
      'GATEWAY_JWT_PUBLIC_KEY must be a PEM public key (BEGIN PUBLIC KEY)',
    ],
    [{ MAX_QUERY_DEPTH: '0' }, 'MAX_QUERY_DEPTH must be an integer from 1 to 100, got "0"'],
    [
      { MAX_BATCH_OPERATIONS: 'lots' },
      'MAX_BATCH_OPERATIONS must be an integer from 1 to 100, got "lots"',
    ],
    [{ INTROSPECTION: 'maybe' }, 'INTROSPECTION must be true or false, got "maybe"'],
  ])('refuses %j, naming the variable and never the token', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message));
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain(CUSTOMER_A_TOKEN);
    }
  });

  it('says loudly, in one line, when calls are let through unauthenticated', () => {
    expect(callerAuthenticationWarning(loadConfig({}).auth)).toMatch(
      /^WARNING: caller authentication is OFF/,
    );
    expect(callerAuthenticationWarning(loadConfig({ GATEWAY_TOKENS }).auth)).toBeUndefined();
  });
});
