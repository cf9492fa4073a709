import type { Drift } from '../wix-api/readWire.js';

/** One log entry: the first departure of its kind seen at an endpoint. */
export interface DriftLogEntry {
  endpoint: string;
  kind: Drift['kind'];
  path: string;
  /** The unknown key or enum value as received. */
  value?: string;
}

/**
 * Logs each kind of upstream drift once per endpoint for the process's life:
 * a new enum value Wix starts sending would otherwise log on every call.
 * The metric `gateway_upstream_drift_total` keeps counting all of them.
 */
export class UpstreamDriftLog {
  private readonly seen = new Set<string>();

  constructor(private readonly write: (entry: DriftLogEntry) => void) {}

  report(endpoint: string, drift: readonly Drift[]): void {
    for (const d of drift) {
      const key = `${endpoint} ${d.kind}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.write({ endpoint, kind: d.kind, path: d.path, ...(d.value && { value: d.value }) });
    }
  }
}
