import {
  Counter,
  Gauge,
  Histogram,
  Registry,
  collectDefaultMetrics,
  type CounterConfiguration,
} from 'prom-client';
import type { BreakerState, UpstreamApi } from '../resilience/index.js';

/** Most distinct operation names kept as label values; later ones count as `other`. */
export const MAX_OPERATION_LABELS = 200;

const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
const ERROR_CODE = /^[A-Z][A-Z_]{0,39}$/;

/** Gauge value per breaker state (documented in the metric's help). */
const BREAKER_STATE_VALUES: Record<BreakerState, number> = {
  closed: 0,
  halfOpen: 1,
  open: 2,
  isolated: 3,
};

/**
 * The gateway's Prometheus metrics, in a registry of its own (no global
 * state, so two gateways in one process, as in tests, do not collide), with
 * Node's default process metrics. Every label has a bounded set of values:
 * operation names are capped, outcomes are codes from the closed set,
 * endpoints are route names.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly graphqlRequests: Counter<'operation' | 'outcome'>;
  private readonly graphqlDuration: Histogram<'operation'>;
  private readonly upstreamRequests: Counter<'api' | 'endpoint' | 'status'>;
  private readonly upstreamDuration: Histogram<'api' | 'endpoint'>;
  private readonly upstreamRetries: Counter<'api' | 'endpoint'>;
  private readonly upstreamDrifts: Counter<'endpoint' | 'kind'>;
  private readonly batchSize: Histogram<'loader'>;
  private readonly subscriptionPolls: Counter<'outcome'>;

  constructor(breakerStates: () => Record<UpstreamApi, BreakerState>) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    const counter = <L extends string>(config: CounterConfiguration<L>) =>
      new Counter<L>({ ...config, registers });
    this.graphqlRequests = counter({
      name: 'gateway_graphql_requests_total',
      help: 'GraphQL HTTP requests by operation name and outcome (ok, or the first error code).',
      labelNames: ['operation', 'outcome'],
    });
    this.graphqlDuration = new Histogram({
      name: 'gateway_graphql_request_duration_seconds',
      help: 'Time to answer a GraphQL HTTP request, in seconds.',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.upstreamRequests = counter({
      name: 'gateway_upstream_requests_total',
      help: 'HTTP attempts to Wix by API, endpoint (route name) and status (HTTP status, timeout or network).',
      labelNames: ['api', 'endpoint', 'status'],
    });
    this.upstreamDuration = new Histogram({
      name: 'gateway_upstream_request_duration_seconds',
      help: 'Duration of one HTTP attempt to Wix, in seconds.',
      labelNames: ['api', 'endpoint'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.upstreamRetries = counter({
      name: 'gateway_upstream_retries_total',
      help: 'Retries of upstream calls (attempts after the first), by API and endpoint.',
      labelNames: ['api', 'endpoint'],
    });
    this.upstreamDrifts = counter({
      name: 'gateway_upstream_drift_total',
      help: 'Departures of Wix answers from the documented contract, by endpoint and kind (unknown_field, unknown_enum, missing_field, wrong_type, contract); the answer was still read where it could be.',
      labelNames: ['endpoint', 'kind'],
    });
    new Gauge({
      name: 'gateway_upstream_circuit_breaker_state',
      help: 'Circuit-breaker state per upstream API: 0 closed, 1 half-open, 2 open, 3 isolated.',
      labelNames: ['api'],
      registers,
      collect() {
        for (const [api, state] of Object.entries(breakerStates())) {
          this.set({ api }, BREAKER_STATE_VALUES[state]);
        }
      },
    });
    this.batchSize = new Histogram({
      name: 'gateway_dataloader_batch_size',
      help: 'Keys per DataLoader batch (one upstream read each), by loader.',
      labelNames: ['loader'],
      buckets: [1, 2, 5, 10, 20, 50, 100],
      registers,
    });
    this.subscriptionPolls = counter({
      name: 'gateway_subscription_polls_total',
      help: 'Upstream reads made for subscriptions (one per watched package per interval, whatever the number of subscribers), by outcome: changed, unchanged, failed, gone.',
      labelNames: ['outcome'],
    });
  }

  /** Exposes the number of active subscriptions (WebSocket operations) as a gauge. */
  countActiveSubscriptions(active: () => number): void {
    new Gauge({
      name: 'gateway_subscriptions_active',
      help: 'Subscriptions currently open over WebSocket on this replica.',
      registers: [this.registry],
      collect() {
        this.set(active());
      },
    });
  }

  /** One upstream read made for the subscribers of a package. */
  subscriptionPoll(outcome: 'changed' | 'unchanged' | 'failed' | 'gone'): void {
    this.subscriptionPolls.inc({ outcome });
  }

  /** One answered GraphQL HTTP request. */
  graphqlRequest(operationName: string | undefined, errorCode: string | undefined, ms: number) {
    const operation = this.operationLabel(operationName);
    const outcome =
      errorCode === undefined ? 'ok' : ERROR_CODE.test(errorCode) ? errorCode : 'OTHER';
    this.graphqlRequests.inc({ operation, outcome });
    this.graphqlDuration.observe({ operation }, ms / 1000);
  }

  /** One HTTP attempt to Wix. */
  upstreamRequest(api: UpstreamApi, endpoint: string, status: string, ms: number): void {
    this.upstreamRequests.inc({ api, endpoint, status });
    this.upstreamDuration.observe({ api, endpoint }, ms / 1000);
  }

  upstreamRetried(api: UpstreamApi, endpoint: string, retries: number): void {
    this.upstreamRetries.inc({ api, endpoint }, retries);
  }

  /** Exposes the lines the log sink dropped (see createLogStream) as a counter. */
  countDroppedLogLines(logStream: { readonly droppedLines?: number }): void {
    new Counter({
      name: 'gateway_log_lines_dropped_total',
      help: 'Log lines dropped because the log sink (stdout) did not take them within LOG_BUFFER_BYTES.',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(logStream.droppedLines ?? 0);
      },
    });
  }

  /** One departure of an upstream answer from the contract. */
  upstreamDrift(endpoint: string, kind: string): void {
    this.upstreamDrifts.inc({ endpoint, kind });
  }

  loaderBatch(loader: string, size: number): void {
    this.batchSize.observe({ loader }, size);
  }

  /** Prometheus text exposition of every metric. */
  metrics(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private operationLabel(name: string | undefined): string {
    if (name === undefined || !OPERATION_NAME.test(name)) return 'anonymous';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(name);
    return name;
  }
}
