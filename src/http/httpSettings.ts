import { ConfigError, isProduction, optionalString, type Env } from '../config/envReaders.js';
import type { ConfigOf } from '../config/setting.js';
import { customSetting, integerSetting, settingGroup, textSetting } from '../config/setting.js';

/** Origins a development gateway lets in: local dev servers on any port, and hosted Apollo Sandbox. */
export const DEVELOPMENT_CORS_ORIGINS: readonly string[] = Object.freeze([
  'http://localhost:*',
  'http://127.0.0.1:*',
  'https://studio.apollographql.com',
]);

/** Host names a development gateway answers to: the loopback ones. */
export const DEVELOPMENT_ALLOWED_HOSTS: readonly string[] = Object.freeze([
  'localhost',
  '127.0.0.1',
  '[::1]',
]);

/** Bind addresses that are no single name a client could send as `Host`. */
const ANY_ADDRESS = new Set(['0.0.0.0', '::', '[::]']);

/** The listener: where it binds, which names and browser origins it answers, how it drains. */
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
    allowedHosts: customSetting({
      name: 'ALLOWED_HOSTS',
      format: 'host names, comma-separated',
      defaultText:
        '`localhost`, `127.0.0.1`, `[::1]` and `HOST` when it names one address; any (`*`) when `NODE_ENV=production`',
      description:
        "Names the gateway answers to, as the `Host` header carries them without the port (`gateway.example.com`, `10.0.0.7`, `[::1]`), or `*` for any. A request with another `Host` is refused (`FORBIDDEN`, `reason: HOST_NOT_ALLOWED`, HTTP 403) before anything runs, so a web page that rebinds its own DNS name to the gateway's address cannot use it; `/healthz` and `/readyz` answer any `Host` (probes address the pod by IP).",
      read: allowedHosts,
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

function allowedHosts(raw: string | undefined, env: Env): readonly string[] {
  if (raw === undefined) {
    // In production the gateway sits behind an ingress under names it cannot
    // know, and caller authentication is required there: any Host is let in.
    if (isProduction(env)) return Object.freeze(['*']);
    const host = optionalString(env, 'HOST')?.toLowerCase();
    const bound =
      host === undefined || ANY_ADDRESS.has(host)
        ? []
        : [host.includes(':') && !host.startsWith('[') ? `[${host}]` : host];
    return Object.freeze([...new Set([...DEVELOPMENT_ALLOWED_HOSTS, ...bound])]);
  }
  const hosts = raw
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter((host) => host !== '');
  for (const host of hosts) {
    if (host !== '*' && !/^(\[[0-9a-f:.]+\]|[a-z0-9_.-]+)$/.test(host)) {
      throw new ConfigError(
        `ALLOWED_HOSTS must list host names without scheme or port (gateway.example.com, 10.0.0.7, [::1]) or *, got "${host}"`,
      );
    }
  }
  if (hosts.length === 0) throw new ConfigError('ALLOWED_HOSTS must name at least one host, or *');
  return Object.freeze(hosts);
}

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
