import { integerSetting, settingGroup, type ConfigOf } from '../config/setting.js';

/** The upstream probe behind `GET /readyz` (ReadinessCheck). */
export const readinessSettings = settingGroup({
  title: 'Readiness',
  settings: {
    timeoutMs: integerSetting({
      name: 'READINESS_TIMEOUT_MS',
      unit: 'milliseconds',
      default: 1_000,
      min: 1,
      max: 60_000,
      description: 'Deadline of the upstream probe behind `/readyz`.',
    }),
    cacheMs: integerSetting({
      name: 'READINESS_CACHE_MS',
      unit: 'milliseconds',
      default: 2_000,
      min: 0,
      max: 600_000,
      description: 'How long a `/readyz` verdict is reused.',
    }),
  },
});

export type ReadinessConfig = ConfigOf<typeof readinessSettings>;
