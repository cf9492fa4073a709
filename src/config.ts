/**
 * Gateway configuration, read from the environment once at start-up.
 *
 * Each concern's settings are declared, with their unit, default and meaning,
 * by the module they configure (a SettingGroup); docs/configuration.md is
 * printed from these groups. A bad value stops start-up with an error that
 * names the variable; nothing else in the gateway reads `process.env`.
 */

import { catalogSettings } from './catalog/catalogSettings.js';
import { ConfigError, isProduction, type Env } from './config/envReaders.js';
import { customSetting, settingGroup, type ConfigOf, type SettingGroup } from './config/setting.js';
import { upstreamSettings, type UpstreamConfig } from './datasources/upstreamSettings.js';
import { explorerSettings } from './explorer/explorerSettings.js';
import { httpSettings } from './http/httpSettings.js';
import { batchingSettings } from './loaders/batchingSettings.js';
import { readinessSettings } from './readiness/readinessSettings.js';
import { resilienceSettings } from './resilience/resilienceSettings.js';
import { sharedStoreSettings } from './scaling/sharedStoreSettings.js';
import { subscriptionSettings } from './subscriptions/subscriptionSettings.js';
import { accountSettings } from './security/accountSettings.js';
import { authSettings, callerAuthenticationEnabled } from './security/authSettings.js';
import { queryLimitSettings } from './security/queryLimitSettings.js';
import { telemetrySettings } from './telemetry/telemetrySettings.js';
import { trustedDocumentSettings } from './trustedDocuments/trustedDocumentSettings.js';

export { ConfigError };
export type { LogLevel, TracingConfig } from './telemetry/telemetrySettings.js';

const environmentSettings = settingGroup({
  title: 'Environment',
  settings: {
    production: customSetting({
      name: 'NODE_ENV',
      format: '`production` or anything else',
      defaultText: 'unset',
      description:
        '`production` switches the production defaults on: Sandbox, introspection and GraphiQL off, no CORS origins, `WIX_API_KEY` and caller authentication required.',
      read: (_raw, env) => isProduction(env),
    }),
  },
});

/**
 * Every group, in the order of the reference and of validation (the first bad
 * setting is the one reported).
 */
export const SETTING_GROUPS = {
  environment: environmentSettings,
  http: httpSettings,
  upstream: upstreamSettings,
  resilience: resilienceSettings,
  limits: queryLimitSettings,
  auth: authSettings,
  accounts: accountSettings,
  catalog: catalogSettings,
  shared: sharedStoreSettings,
  subscriptions: subscriptionSettings,
  trustedDocuments: trustedDocumentSettings,
  explorer: explorerSettings,
  readiness: readinessSettings,
  telemetry: telemetrySettings,
  loaders: batchingSettings,
} as const satisfies Record<string, SettingGroup<unknown>>;

type Groups = typeof SETTING_GROUPS;

/** The whole configuration: one frozen object per concern, plus `production`. */
export type GatewayConfig = {
  readonly [K in Exclude<keyof Groups, 'environment'>]: ConfigOf<Groups[K]>;
} & { readonly production: boolean };

export function loadConfig(env: Env): GatewayConfig {
  const config: Record<string, unknown> = {};
  for (const [key, group] of Object.entries(SETTING_GROUPS)) {
    if (key === 'environment') Object.assign(config, environmentSettings.load(env));
    else config[key] = group.load(env);
  }
  return checkAcrossGroups(Object.freeze(config) as GatewayConfig);
}

function checkAcrossGroups(config: GatewayConfig): GatewayConfig {
  const { auth } = config;
  // In development too: a page the developer's browser opens could otherwise
  // drive the reseller's real Wix account through the local gateway.
  if (
    config.upstream.apiKey !== undefined &&
    !callerAuthenticationEnabled(auth) &&
    !auth.allowAnonymous
  ) {
    throw new ConfigError(
      'WIX_API_KEY is set but caller authentication is off, so anyone who reaches the gateway would act with that key: set GATEWAY_TOKENS, GATEWAY_TOKENS_FILE or GATEWAY_JWT_* (or GATEWAY_ALLOW_ANONYMOUS=true to run open)',
    );
  }
  return config;
}

/** The upstream a gateway talks to: a real key and account, or the emulator's. */
export type ResolvedUpstream = UpstreamConfig & {
  readonly apiKey: string;
  readonly accountId: string;
};

/** Configuration with the upstream resolved. */
export type ResolvedConfig = GatewayConfig & { readonly upstream: ResolvedUpstream };

/** `config` talking to the given upstream (the emulator, or a test's stand-in). */
export function withUpstream(
  config: GatewayConfig,
  upstream: { baseUrl: string; apiKey: string; accountId: string },
): ResolvedConfig {
  return Object.freeze({
    ...config,
    upstream: Object.freeze({ ...config.upstream, ...upstream }),
  });
}

/** The configured real upstream, when `WIX_API_KEY` is set. */
export function realUpstream(config: GatewayConfig): ResolvedConfig | undefined {
  const { apiKey, accountId, baseUrl } = config.upstream;
  return apiKey !== undefined && accountId !== undefined
    ? withUpstream(config, { baseUrl, apiKey, accountId })
    : undefined;
}
