import type { UpstreamApi } from '../resilience/index.js';
import type { Drift } from '../wix-api/readWire.js';

/** How an upstream attempt ended: its HTTP status, or why there was none. */
export type UpstreamOutcome = number | 'timeout' | 'network';

/**
 * What the datasources report about their calls (counts, metrics, spans).
 * Declared here so datasources depend on no telemetry code: the request's
 * telemetry implements it.
 */
export interface UpstreamObserver {
  /**
   * One HTTP attempt is starting; it may add headers (e.g. `traceparent`).
   * Call the returned function with the attempt's outcome.
   */
  upstreamAttempt(
    api: UpstreamApi,
    method: string,
    path: string,
    headers: Record<string, string>,
  ): (outcome: UpstreamOutcome) => void;
  /** `retries` attempts after the first one of a single upstream call. */
  upstreamRetried(api: UpstreamApi, method: string, path: string, retries: number): void;
  /** How an answer of `endpoint` departed from the contract (it was still read where it could be). */
  upstreamDrift(endpoint: string, drift: readonly Drift[]): void;
}
