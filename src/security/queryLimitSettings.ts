import { randomBytes } from 'node:crypto';
import { ConfigError, isProduction } from '../config/envReaders.js';
import {
  booleanSetting,
  customSetting,
  integerSetting,
  settingGroup,
  type ConfigOf,
} from '../config/setting.js';

/** What one request may ask for: its size, shape, estimated upstream cost and page sizes. */
export const queryLimitSettings = settingGroup({
  title: 'Query limits and paging',
  about:
    'Hostile or broken input is refused before any upstream call ([operations.md](operations.md#hostile-or-broken-input)).',
  settings: {
    introspection: booleanSetting({
      name: 'INTROSPECTION',
      default: { development: true, production: false },
      description:
        'Allow schema introspection (`__schema`, `__type`). Off also hides "Did you mean …?" suggestions.',
    }),
    maxDepth: integerSetting({
      name: 'MAX_QUERY_DEPTH',
      unit: 'levels',
      default: 10,
      min: 1,
      max: 100,
      description: 'Deepest field nesting of an operation (fragments add no level).',
    }),
    maxAliases: integerSetting({
      name: 'MAX_ALIASES',
      unit: 'aliases',
      default: 15,
      min: 0,
      max: 1_000,
      description: 'Most aliases in one operation (aliases of `__typename` are free).',
    }),
    maxDirectives: integerSetting({
      name: 'MAX_DIRECTIVES',
      unit: 'directives',
      default: 10,
      min: 0,
      max: 1_000,
      description: 'Most directives in one document.',
    }),
    maxTokens: integerSetting({
      name: 'MAX_QUERY_TOKENS',
      unit: 'lexical tokens',
      default: 3_000,
      min: 10,
      max: 1_000_000,
      description: 'Largest document; the parser stops past it.',
    }),
    maxUpstreamCalls: integerSetting({
      name: 'MAX_UPSTREAM_CALLS',
      unit: 'upstream calls',
      default: 10,
      min: 1,
      max: 100_000,
      description:
        'Most Wix calls one operation is estimated to make before it runs (pages, batched loader reads per account, counts, writes); above it `QUERY_TOO_COMPLEX` ([how it is estimated](operations.md#what-an-operation-costs)).',
    }),
    maxResponseObjects: integerSetting({
      name: 'MAX_RESPONSE_OBJECTS',
      unit: 'objects',
      default: 10_000,
      min: 1,
      max: 100_000_000,
      description:
        'Most objects (not scalars) one operation is estimated to answer; above it `QUERY_TOO_COMPLEX`.',
    }),
    costInExtensions: booleanSetting({
      name: 'QUERY_COST_EXTENSIONS',
      default: false,
      description:
        'Adds `extensions.cost { estimatedUpstreamCalls, estimatedObjects }` to every answer that has an estimate: for tests and for tuning the limits, not for production clients.',
    }),
    maxBodyBytes: integerSetting({
      name: 'MAX_BODY_BYTES',
      unit: 'bytes',
      default: 1_048_576,
      min: 1_024,
      max: 104_857_600,
      defaultNote: '(1 MiB)',
      description: 'Largest HTTP request body (413 beyond).',
    }),
    maxBatchOperations: integerSetting({
      name: 'MAX_BATCH_OPERATIONS',
      unit: 'operations',
      default: 1,
      min: 1,
      max: 100,
      defaultNote: '(batching off)',
      description:
        'Most operations in one HTTP request (JSON array body); above 1 turns batching on. Each operation of a batch is limited on its own.',
    }),
    defaultPageSize: integerSetting({
      name: 'DEFAULT_PAGE_SIZE',
      unit: 'items',
      default: 20,
      min: 1,
      max: 100,
      description: 'Page size of `sites` / `packages` when `first` is omitted.',
    }),
    maxPageSize: integerSetting({
      name: 'MAX_PAGE_SIZE',
      unit: 'items',
      default: 100,
      min: 1,
      max: 100,
      description: 'Largest accepted `first` (100 is the upstream page limit).',
    }),
    cursorSecret: customSetting({
      name: 'CURSOR_SECRET',
      format: 'string (≥ 32 chars)',
      defaultText: 'required when `NODE_ENV=production`; else random per process',
      description:
        "Key of the HMAC that signs `sites` / `packages` cursors. Every replica must share it, or one refuses another's cursors ([operations.md](operations.md#scaling-out)).",
      read(raw) {
        if (raw !== undefined && raw.length < 32) {
          throw new ConfigError('CURSOR_SECRET must be at least 32 characters');
        }
        return raw;
      },
    }),
    cursorTtlSeconds: integerSetting({
      name: 'CURSOR_TTL_SECONDS',
      unit: 'seconds',
      default: 3_600,
      min: 1,
      max: 2_592_000,
      defaultNote: '(1 h)',
      description:
        'How long a connection cursor stays valid; past it, `after` is `INVALID_CURSOR` and the client starts again from the first page.',
    }),
  },
  finish(values, env) {
    if (isProduction(env) && values.cursorSecret === undefined) {
      throw new ConfigError(
        'CURSOR_SECRET (at least 32 characters, the same on every replica) is required when NODE_ENV=production',
      );
    }
    if (values.defaultPageSize > values.maxPageSize) {
      throw new ConfigError(
        `DEFAULT_PAGE_SIZE (${values.defaultPageSize}) must not exceed MAX_PAGE_SIZE (${values.maxPageSize})`,
      );
    }
    // Outside production one process signs and checks its own cursors.
    return {
      ...values,
      cursorSecret: values.cursorSecret ?? randomBytes(32).toString('base64url'),
    };
  },
});

export type QueryLimitConfig = ConfigOf<typeof queryLimitSettings>;
