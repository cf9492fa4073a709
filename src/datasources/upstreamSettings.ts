import { ConfigError, isProduction } from '../config/envReaders.js';
import {
  integerSetting,
  settingGroup,
  textSetting,
  urlSetting,
  type ConfigOf,
} from '../config/setting.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where the Wix REST APIs are and how long one call to them may take. */
export const upstreamSettings = settingGroup({
  title: 'Upstream (Wix)',
  settings: {
    apiKey: textSetting({
      name: 'WIX_API_KEY',
      format: 'string',
      description:
        'Wix account-level API key, sent raw (no `Bearer`) in `Authorization`. Unset: `npm start` runs the embedded emulator.',
    }),
    accountId: textSetting({
      name: 'WIX_ACCOUNT_ID',
      format: 'GUID',
      defaultText: 'seed reseller account (emulator only)',
      description:
        "The reseller's main account: the `wix-account-id` when an operation names no `accountId`. Required with `WIX_API_KEY`.",
    }),
    baseUrl: urlSetting({
      name: 'WIX_API_BASE_URL',
      default: 'https://www.wixapis.com',
      description: 'Upstream base URL (ignored when the emulator is embedded).',
    }),
    emulatorPort: integerSetting({
      name: 'WIX_EMULATOR_PORT',
      unit: 'TCP port',
      default: 4010,
      min: 0,
      max: 65535,
      description: 'Port of the embedded emulator, when `WIX_API_KEY` is unset.',
    }),
    timeoutMs: integerSetting({
      name: 'UPSTREAM_TIMEOUT_MS',
      unit: 'milliseconds',
      default: 10_000,
      min: 1,
      max: 600_000,
      description:
        'Total deadline of one upstream attempt (capped by what is left of `REQUEST_BUDGET_MS`); beyond it the attempt fails with `UPSTREAM_TIMEOUT` (and reads are retried).',
    }),
    connectTimeoutMs: integerSetting({
      name: 'UPSTREAM_CONNECT_TIMEOUT_MS',
      unit: 'milliseconds',
      default: 2_000,
      min: 1,
      max: 600_000,
      description: 'Deadline to open the TCP (and TLS) connection of one upstream attempt.',
    }),
  },
  finish(values, env) {
    if (values.accountId !== undefined && !GUID.test(values.accountId)) {
      throw new ConfigError(`WIX_ACCOUNT_ID must be a GUID, got "${values.accountId}"`);
    }
    if (values.apiKey !== undefined && values.accountId === undefined) {
      throw new ConfigError(
        'WIX_ACCOUNT_ID is required when WIX_API_KEY is set (the reseller main account)',
      );
    }
    if (isProduction(env) && values.apiKey === undefined) {
      // The embedded emulator is for development: a deployment that lost its
      // key must not come up answering with seed data.
      throw new ConfigError('WIX_API_KEY is required when NODE_ENV=production');
    }
    return values;
  },
});

export type UpstreamConfig = ConfigOf<typeof upstreamSettings>;
