import { ConfigError, integerSetting, settingGroup, type ConfigOf } from '../config/setting.js';

/** Live provisioning status over WebSocket (`packageStatusChanged`). */
export const subscriptionSettings = settingGroup({
  title: 'Subscriptions',
  about:
    'The `packageStatusChanged` subscription over WebSocket ([frontend.md](frontend.md#live-provisioning-status-subscriptions)).',
  settings: {
    pollMs: integerSetting({
      name: 'SUBSCRIPTION_POLL_MS',
      unit: 'milliseconds',
      default: 1_000,
      min: 50,
      max: 60_000,
      description:
        'First interval between two upstream reads of a watched package: one read per package per interval however many subscribers (and, with `REDIS_URL`, replicas) watch it.',
    }),
    pollMaxMs: integerSetting({
      name: 'SUBSCRIPTION_POLL_MAX_MS',
      unit: 'milliseconds',
      default: 10_000,
      min: 50,
      max: 600_000,
      description:
        'Longest interval: each read that changes nothing (or fails) doubles it up to this; a change brings it back to `SUBSCRIPTION_POLL_MS`.',
    }),
    maxSeconds: integerSetting({
      name: 'SUBSCRIPTION_MAX_SECONDS',
      unit: 'seconds',
      default: 600,
      min: 1,
      max: 86_400,
      description:
        'How long one subscription may last; then it completes (a client still waiting subscribes again).',
    }),
    perConnection: integerSetting({
      name: 'SUBSCRIPTIONS_PER_CONNECTION',
      unit: 'subscriptions',
      default: 10,
      min: 1,
      max: 1_000,
      description:
        'Active subscriptions one WebSocket connection may hold; past it `RATE_LIMITED` (`reason: SUBSCRIPTION_LIMIT`).',
    }),
    perCaller: integerSetting({
      name: 'SUBSCRIPTIONS_PER_CALLER',
      unit: 'subscriptions',
      default: 50,
      min: 1,
      max: 100_000,
      description:
        'Active subscriptions one caller (its credential; its address without caller authentication) may hold on one replica.',
    }),
    idleSeconds: integerSetting({
      name: 'SUBSCRIPTION_IDLE_SECONDS',
      unit: 'seconds',
      default: 60,
      min: 1,
      max: 3_600,
      description:
        'How long a WebSocket connection may stay open without any subscription before the gateway closes it (code 1000).',
    }),
  },
  finish(values) {
    if (values.pollMaxMs < values.pollMs) {
      throw new ConfigError(
        `SUBSCRIPTION_POLL_MAX_MS (${values.pollMaxMs}) must not be below SUBSCRIPTION_POLL_MS (${values.pollMs})`,
      );
    }
    return values;
  },
});

export type SubscriptionConfig = ConfigOf<typeof subscriptionSettings>;
