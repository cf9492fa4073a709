import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config.js';
import { loadTrustedDocuments } from '../../src/trustedDocuments/index.js';

describe('production, shutdown, readiness and trusted documents settings', () => {
  it('defaults to a 10 s drain, a 1 s readiness probe cached 2 s, GraphiQL on, trusted documents off', () => {
    expect(loadConfig({})).toMatchObject({
      production: false,
      explorer: { graphiql: true },
      http: { shutdownTimeoutMs: 10_000 },
      readiness: { timeoutMs: 1_000, cacheMs: 2_000 },
      trustedDocuments: { mode: 'off', manifest: undefined },
    });
  });

  it('refuses NODE_ENV=production without WIX_API_KEY (no emulator in production)', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      new ConfigError('WIX_API_KEY is required when NODE_ENV=production'),
    );
  });

  it('refuses TRUSTED_DOCUMENTS other than off/allow/enforce, and allow/enforce without a manifest', () => {
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: 'strict' })).toThrow(
      'TRUSTED_DOCUMENTS must be one of off, allow, enforce, got "strict"',
    );
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: 'enforce' })).toThrow(
      'TRUSTED_DOCUMENTS_MANIFEST (a manifest path) is required when TRUSTED_DOCUMENTS is "enforce"',
    );
  });

  it('refuses a manifest whose keys are not the sha256 of their documents', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'manifest-')), 'm.json');
    writeFileSync(file, JSON.stringify({ 'sha1:abc': '{ sites { totalCount } }' }));
    await expect(loadTrustedDocuments(file)).rejects.toThrow(
      `TRUSTED_DOCUMENTS_MANIFEST "${file}": entry "sha1:abc" is not the sha256 of its document (generate it with hashAlgorithm: sha256)`,
    );
    await expect(loadTrustedDocuments(`${file}.missing`)).rejects.toThrow('cannot be read');
  });
});
