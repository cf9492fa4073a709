import type { Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import {
  defaultResource,
  detectResources,
  envDetector,
  resourceFromAttributes,
} from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  ConsoleSpanExporter,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { TracingConfig } from './telemetrySettings.js';

export interface StartedTracing {
  tracer: Tracer;
  /** Sends the spans still buffered and stops exporting. */
  shutdown(): Promise<void>;
}

/**
 * The OpenTelemetry SDK, started by index.ts only when `OTEL_*` turns tracing
 * on (so its modules are not even loaded otherwise). Spans are batched and
 * exported over OTLP/HTTP (the exporter reads `OTEL_EXPORTER_OTLP_ENDPOINT`,
 * `…_TRACES_ENDPOINT`, `…_HEADERS` and `…_TIMEOUT` itself) or printed to
 * stdout; sampling follows `OTEL_TRACES_SAMPLER` (default: parent-based,
 * always on). The provider is also registered globally, for any library
 * instrumentation added later.
 */
export function startTracing(config: TracingConfig): StartedTracing {
  const exporter: SpanExporter =
    config.exporter === 'console' ? new ConsoleSpanExporter() : new OTLPTraceExporter();
  const provider = new NodeTracerProvider({
    // OTEL_RESOURCE_ATTRIBUTES adds to (and OTEL_SERVICE_NAME names) the service.
    resource: defaultResource()
      .merge(resourceFromAttributes({ 'service.name': config.serviceName }))
      .merge(detectResources({ detectors: [envDetector] })),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  provider.register();
  return {
    tracer: provider.getTracer('wix-reseller-graphql-gateway'),
    shutdown: () => provider.shutdown(),
  };
}
