import { booleanSetting, settingGroup, type ConfigOf } from '../config/setting.js';

/** The in-browser explorers served beside `/graphql`. */
export const explorerSettings = settingGroup({
  title: 'Explorers',
  settings: {
    sandbox: booleanSetting({
      name: 'SANDBOX',
      default: { development: true, production: false },
      description: 'Serve Apollo Sandbox at `/graphql` to browsers.',
    }),
    graphiql: booleanSetting({
      name: 'GRAPHIQL',
      default: { development: true, production: false },
      description:
        'Serve the offline GraphiQL explorer at `/graphiql` (it needs `INTROSPECTION` for docs and autocompletion).',
    }),
  },
});

export type ExplorerConfig = ConfigOf<typeof explorerSettings>;
