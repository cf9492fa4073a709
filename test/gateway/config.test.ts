import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  // toMatchObject: each feature's options are checked by its own suite (e.g.
  // resilience.test.ts), so adding one does not rewrite this table.
  it('uses the documented defaults when nothing is set', () => {
    expect(loadConfig({})).toMatchObject({
      http: { port: 4000, host: '127.0.0.1' },
      upstream: {
        apiKey: undefined,
        accountId: undefined,
        baseUrl: 'https://www.wixapis.com',
        emulatorPort: 4010,
        timeoutMs: 10000,
      },
      limits: { defaultPageSize: 20, maxPageSize: 100 },
      explorer: { sandbox: true },
    });
  });

  it('returns a frozen object, each group frozen too', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    for (const group of Object.values(config)) {
      if (typeof group === 'object') expect(Object.isFrozen(group)).toBe(true);
    }
  });

  it('reads every variable', () => {
    expect(
      loadConfig({
        PORT: '8080',
        HOST: '0.0.0.0',
        WIX_API_KEY: 'IST.key',
        WIX_ACCOUNT_ID: 'acc00000-0000-4000-8000-000000000001',
        GATEWAY_ALLOW_ANONYMOUS: 'true',
        WIX_API_BASE_URL: 'http://127.0.0.1:9999/',
        WIX_EMULATOR_PORT: '0',
        UPSTREAM_TIMEOUT_MS: '2500',
        DEFAULT_PAGE_SIZE: '10',
        MAX_PAGE_SIZE: '50',
        SANDBOX: 'false',
      }),
    ).toMatchObject({
      http: { port: 8080, host: '0.0.0.0' },
      upstream: {
        apiKey: 'IST.key',
        accountId: 'acc00000-0000-4000-8000-000000000001',
        baseUrl: 'http://127.0.0.1:9999',
        emulatorPort: 0,
        timeoutMs: 2500,
      },
      limits: { defaultPageSize: 10, maxPageSize: 50 },
      explorer: { sandbox: false },
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be an integer from 0 to 65535, got "eighty"'],
    [{ PORT: '70000' }, 'PORT must be an integer from 0 to 65535, got "70000"'],
    [
      { UPSTREAM_TIMEOUT_MS: '0' },
      'UPSTREAM_TIMEOUT_MS must be an integer from 1 to 600000, got "0"',
    ],
    [
      { WIX_API_BASE_URL: 'ftp://x' },
      'WIX_API_BASE_URL must be an absolute http(s) URL, got "ftp://x"',
    ],
    [
      { WIX_API_KEY: 'k' },
      'WIX_ACCOUNT_ID is required when WIX_API_KEY is set (the reseller main account)',
    ],
    [{ WIX_ACCOUNT_ID: 'nope' }, 'WIX_ACCOUNT_ID must be a GUID, got "nope"'],
    [{ MAX_PAGE_SIZE: '500' }, 'MAX_PAGE_SIZE must be an integer from 1 to 100, got "500"'],
    [
      { DEFAULT_PAGE_SIZE: '60', MAX_PAGE_SIZE: '50' },
      'DEFAULT_PAGE_SIZE (60) must not exceed MAX_PAGE_SIZE (50)',
    ],
    [{ SANDBOX: 'maybe' }, 'SANDBOX must be true or false, got "maybe"'],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message));
  });
});
