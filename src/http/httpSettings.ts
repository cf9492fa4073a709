import { ConfigError, isProduction, type Env } from '../config/envReaders.js';
import type { ConfigOf } from '../config/setting.js';
import { customSetting, integerSetting, settingGroup, textSetting } from '../config/setting.js';

/** Origins a development gateway lets in: local dev servers on any port, and hosted Apollo Sandbox. */
export const DEVELOPMENT_CORS_ORIGINS: readonly string[] = Object.freeze([
  'http://localhost:*',
  'http://127.0.0.1:*',
  'https://studio.apollographql.com',
]);

/** The listener: where it binds, who may call it from a browser, how it drains. */
export const httpSettings = settingGroup({
  title: 'HTTP listener',
  settings: {
    port: integerSetting({
      name: 'PORT',
      unit: 'TCP port',
      default: 4000,
      min: 0,
      max: 65535,
      description: 'Gateway port (`0` picks a free one).',
    }),
    host: textSetting({
      name: 'HOST',
      format: 'interface',
      default: '127.0.0.1',
      description: 'Gateway bind address (loopback only by default).',
    }),
    corsOrigins: customSetting({
      name: 'CORS_ORIGINS',
      format: 'origins, comma-separated',
      defaultText: `${DEVELOPMENT_CORS_ORIGINS.map((o) => `\`${o}\``).join(', ')}; none when \`NODE_ENV=production\``,
      description:
        'Browser origins allowed to call `/graphql` ([CORS](frontend.md#from-a-browser-on-another-origin)): exact origins (`https://app.example.com`: scheme, host and port, no path), `http://host:*` (any port of that host) or `*` (every origin; refused in production). With none, no `Access-Control-*` header is sent.',
      read: corsOrigins,
    }),
    shutdownTimeoutMs: integerSetting({
      name: 'SHUTDOWN_TIMEOUT_MS',
      unit: 'milliseconds',
      default: 10_000,
      min: 0,
      max: 600_000,
      description:
        'How long in-flight requests may run after SIGTERM/SIGINT before their connections are cut; buffered log lines get what is left, and the process exits by then + 0.5 s whatever is still pending.',
    }),
  },
});

export type HttpConfig = ConfigOf<typeof httpSettings>;

function corsOrigins(raw: string | undefined, env: Env): readonly string[] {
  const production = isProduction(env);
  if (raw === undefined) return production ? Object.freeze([]) : DEVELOPMENT_CORS_ORIGINS;
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
  return Object.freeze(origins);
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
