import { booleanSetting, settingGroup, type ConfigOf } from '../config/setting.js';

/** The naive baseline of the benchmark: loaders without batching or caching. */
export const batchingSettings = settingGroup({
  title: 'Benchmark switch',
  about:
    '`GATEWAY_BATCHING=false` is the naive baseline of the benchmark ([bench/README.md](../bench/README.md)); never for production.',
  settings: {
    batching: booleanSetting({
      name: 'GATEWAY_BATCHING',
      default: true,
      description:
        'DataLoader batching and caching of upstream reads within one GraphQL request: the keys of one tick go out in one call (at most 100, the upstream page limit), deduped, and list results answer later lookups. `false`: one upstream call per item, nothing reused.',
    }),
  },
});

export type BatchingConfig = ConfigOf<typeof batchingSettings>;
