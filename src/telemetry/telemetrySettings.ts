import { integer, isProduction, optionalString } from '../config/envReaders.js';
import {
  booleanSetting,
  choiceSetting,
  customSetting,
  integerSetting,
  settingGroup,
  textSetting,
  type ConfigOf,
} from '../config/setting.js';

/** The port of Prometheus exporters by convention (OpenTelemetry's among them). */
const PRODUCTION_METRICS_PORT = 9464;

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** OpenTelemetry tracing, from the standard `OTEL_*` variables. */
export interface TracingConfig {
  readonly enabled: boolean;
  /** Where spans go: OTLP over HTTP (endpoint and headers from `OTEL_EXPORTER_OTLP_*`) or stdout. */
  readonly exporter: 'otlp' | 'console';
  readonly serviceName: string;
}

/** Logs, metrics and traces. */
export const telemetrySettings = settingGroup({
  title: 'Observability',
  about:
    'Tracing is on when `OTEL_TRACES_EXPORTER` is `otlp` or `console`, or (with it unset) when an OTLP endpoint is set; the OpenTelemetry SDK reads the other standard `OTEL_EXPORTER_OTLP_*` variables (headers, …) itself.',
  settings: {
    logLevel: choiceSetting({
      name: 'LOG_LEVEL',
      values: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      default: 'info',
      description:
        'Least severe pino level written to stdout as JSON lines (one per GraphQL request at `info`; `warn` drops the per-request lines of successful requests).',
    }),
    logBufferBytes: integerSetting({
      name: 'LOG_BUFFER_BYTES',
      unit: 'bytes',
      default: 1_048_576,
      min: 4_096,
      max: 268_435_456,
      defaultNote: '(1 MiB)',
      description:
        'Log output held in memory while stdout is slower than the gateway (a stalled log shipper); lines past it are dropped and counted in `gateway_log_lines_dropped_total`, so logging never holds requests or memory.',
    }),
    metricsEnabled: booleanSetting({
      name: 'METRICS_ENABLED',
      default: true,
      description: 'Serve Prometheus metrics at `GET /metrics` (where: `METRICS_PORT`).',
    }),
    metricsPort: customSetting({
      name: 'METRICS_PORT',
      format: 'TCP port (0–65535)',
      defaultText: 'unset (on `PORT`); `9464` when `NODE_ENV=production`',
      description:
        "Serve `GET /metrics` on its own listener, on `HOST` and this port (`0` picks a free one), and not on the gateway's port, so the public ingress never exposes every tenant's operation names and error counts. Unset or equal to `PORT`: on the gateway's own listener.",
      read: (raw, env) =>
        raw === undefined
          ? isProduction(env)
            ? PRODUCTION_METRICS_PORT
            : undefined
          : integer(env, 'METRICS_PORT', 0, 0, 65535),
    }),
    tracesExporter: choiceSetting({
      name: 'OTEL_TRACES_EXPORTER',
      values: ['otlp', 'console', 'none'] as const,
      default: 'otlp',
      defaultText: 'unset (tracing off)',
      description: 'Turns tracing on and picks the exporter; `none` keeps it off.',
    }),
    otlpEndpoint: textSetting({
      name: 'OTEL_EXPORTER_OTLP_ENDPOINT',
      format: 'URL',
      description:
        'OTLP/HTTP collector; setting it alone turns tracing on (`/v1/traces` is appended).',
    }),
    otlpTracesEndpoint: textSetting({
      name: 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
      format: 'URL',
      description: 'OTLP/HTTP endpoint of traces, used as is; setting it alone turns tracing on.',
    }),
    sdkDisabled: booleanSetting({
      name: 'OTEL_SDK_DISABLED',
      default: false,
      description: '`true` keeps tracing off whatever else is set.',
    }),
    serviceName: textSetting({
      name: 'OTEL_SERVICE_NAME',
      format: 'string',
      default: 'wix-reseller-graphql-gateway',
      description: '`service.name` of every span.',
    }),
  },
  finish(values, env) {
    const chosen = optionalString(env, 'OTEL_TRACES_EXPORTER') !== undefined;
    const endpointSet =
      values.otlpEndpoint !== undefined || values.otlpTracesEndpoint !== undefined;
    const tracing: TracingConfig = Object.freeze({
      enabled: !values.sdkDisabled && values.tracesExporter !== 'none' && (chosen || endpointSet),
      exporter: values.tracesExporter === 'console' ? 'console' : 'otlp',
      serviceName: values.serviceName,
    });
    return {
      logLevel: values.logLevel satisfies LogLevel,
      logBufferBytes: values.logBufferBytes,
      metricsEnabled: values.metricsEnabled,
      metricsPort: values.metricsPort,
      tracing,
    };
  },
});

export type TelemetryConfig = ConfigOf<typeof telemetrySettings>;
