import { SpanKind, SpanStatusCode, trace, type Context, type Tracer } from '@opentelemetry/api';
import type { UpstreamObserver, UpstreamOutcome } from '../datasources/index.js';
import type { UpstreamApi } from '../resilience/index.js';
import type { GatewayMetrics } from './GatewayMetrics.js';
import { injectTraceContext } from './traceContextPropagation.js';
import { upstreamEndpoint } from './upstreamEndpoint.js';
import type { UpstreamDriftLog } from './UpstreamDriftLog.js';
import type { Drift } from '../wix-api/readWire.js';

/** Process-wide sinks of telemetry; absent ones cost nothing per request. */
export interface TelemetrySinks {
  readonly metrics?: GatewayMetrics;
  /** Set only when tracing is on (`OTEL_*`): without it no span is ever made. */
  readonly tracer?: Tracer;
  /** Where the first drift of each kind per endpoint is logged. */
  readonly driftLog?: UpstreamDriftLog;
}

const NO_SINKS: TelemetrySinks = Object.freeze({});
const NOTHING_TO_RECORD = (): void => {};

/**
 * What one GraphQL request did, for its log line, the metrics and its trace.
 * Created with the request's context and handed to its datasources and
 * loaders; counting is a few integer increments, and metrics and spans are
 * touched only when their sink is configured.
 */
export class RequestTelemetry implements UpstreamObserver {
  /** HTTP attempts made to Wix, retries included. */
  upstreamCalls = 0;
  /** The same attempts by route name (`querySites`, …). */
  readonly upstreamByEndpoint: Record<string, number> = {};
  /** Attempts after the first, over all calls. */
  upstreamRetries = 0;
  /** Set by the Apollo telemetry plugin once the operation is known. */
  operationName: string | undefined;
  /** `extensions.code` of each error in the answer, in order. */
  errorCodes: string[] | undefined;
  /** The operation span, as a parent context for resolver and upstream spans (tracing only). */
  traceContext: Context | undefined;

  constructor(
    readonly requestId: string,
    readonly sinks: TelemetrySinks = NO_SINKS,
  ) {}

  /**
   * Counts one HTTP attempt to Wix and, when tracing, opens its span and puts
   * its `traceparent` into `headers`. Call the returned function with the outcome.
   */
  upstreamAttempt(
    api: UpstreamApi,
    method: string,
    path: string,
    headers: Record<string, string>,
  ): (outcome: UpstreamOutcome) => void {
    const endpoint = upstreamEndpoint(method, path);
    this.upstreamCalls += 1;
    this.upstreamByEndpoint[endpoint] = (this.upstreamByEndpoint[endpoint] ?? 0) + 1;
    const { metrics, tracer } = this.sinks;
    const parent = this.traceContext;
    if (metrics === undefined && (tracer === undefined || parent === undefined)) {
      return NOTHING_TO_RECORD;
    }
    const started = performance.now();
    const span =
      tracer && parent
        ? tracer.startSpan(
            `${method} ${endpoint}`,
            {
              kind: SpanKind.CLIENT,
              attributes: {
                'http.request.method': method,
                'url.path': path,
                'wix.api': api,
                'wix.endpoint': endpoint,
              },
            },
            parent,
          )
        : undefined;
    if (span && parent) injectTraceContext(trace.setSpan(parent, span), headers);
    return (outcome) => {
      metrics?.upstreamRequest(api, endpoint, String(outcome), performance.now() - started);
      if (span) {
        if (typeof outcome === 'number') span.setAttribute('http.response.status_code', outcome);
        else span.setAttribute('error.type', outcome);
        if (typeof outcome !== 'number' || outcome >= 500) {
          span.setStatus({ code: SpanStatusCode.ERROR });
        }
        span.end();
      }
    };
  }

  /** `retries` attempts after the first one of a single upstream call. */
  upstreamRetried(api: UpstreamApi, method: string, path: string, retries: number): void {
    this.upstreamRetries += retries;
    this.sinks.metrics?.upstreamRetried(api, upstreamEndpoint(method, path), retries);
  }

  /** How an upstream answer of `endpoint` departed from the contract (it was still read). */
  upstreamDrift(endpoint: string, drift: readonly Drift[]): void {
    const { metrics, driftLog } = this.sinks;
    if (metrics) for (const d of drift) metrics.upstreamDrift(endpoint, d.kind);
    driftLog?.report(endpoint, drift);
  }

  /** DataLoader batch observer (handed to the loaders only when metrics are on). */
  readonly loaderBatch = (loader: string, size: number): void => {
    this.sinks.metrics?.loaderBatch(loader, size);
  };
}
