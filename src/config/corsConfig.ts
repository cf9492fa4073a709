import { ConfigError, isProduction, optionalString, type Env } from './envReaders.js';

/** Origins a development gateway lets in: local dev servers on any port, and hosted Apollo Sandbox. */
export const DEVELOPMENT_CORS_ORIGINS: readonly string[] = Object.freeze([
  'http://localhost:*',
  'http://127.0.0.1:*',
  'https://studio.apollographql.com',
]);

/** Which browser pages on other origins may call `/graphql`; docs/frontend.md. */
export interface CorsConfig {
  /**
   * Origins allowed to call `/graphql` from a browser. `CORS_ORIGINS`: a
   * comma-separated list of exact origins (`https://app.example.com`, scheme,
   * host and port, no path); `http://host:*` allows any port of that host; `*`
   * allows every origin (refused when `NODE_ENV=production`). Default:
   * `http://localhost:*,http://127.0.0.1:*,https://studio.apollographql.com`;
   * with `NODE_ENV=production`, none (no `Access-Control-*` header is sent).
   */
  readonly corsOrigins: readonly string[];
}

export function corsConfig(env: Env): CorsConfig {
  const production = isProduction(env);
  const raw = optionalString(env, 'CORS_ORIGINS');
  if (raw === undefined) {
    return { corsOrigins: production ? Object.freeze([]) : DEVELOPMENT_CORS_ORIGINS };
  }
  const origins = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    if (origin === '*') {
      if (production) {
        // Any page on the web could then drive the gateway with whatever
        // credentials a user's browser holds for it.
        throw new ConfigError(
          'CORS_ORIGINS must list exact origins when NODE_ENV=production, got "*"',
        );
      }
      continue;
    }
    if (!isOrigin(origin)) {
      throw new ConfigError(
        `CORS_ORIGINS must be exact origins like https://app.example.com (scheme, host, port; no path or trailing slash), got "${origin}"`,
      );
    }
  }
  return { corsOrigins: Object.freeze(origins) };
}

function isOrigin(value: string): boolean {
  const anyPort = value.endsWith(':*');
  let parsed: URL;
  try {
    parsed = new URL(anyPort ? value.slice(0, -2) : value);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (anyPort && parsed.port !== '') return false;
  return parsed.origin === (anyPort ? value.slice(0, -2) : value);
}
