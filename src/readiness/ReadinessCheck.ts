import { GatewayError } from '../errors/index.js';

/**
 * One dependency `GET /readyz` checks: `check()` resolves when it is usable
 * and rejects otherwise. The upstream probe exists; a Redis probe (shared state,
 * `REDIS_URL`) is added to the list given to `ReadinessCheck` the same way.
 */
export interface ReadinessProbe {
  /** Key in the report, e.g. `upstream`, `redis`. */
  readonly name: string;
  check(): Promise<void>;
}

export interface ReadinessReport {
  ready: boolean;
  /** Per probe: `ok`, or the error code that made it fail (never a message: they may name hosts). */
  checks: Record<string, string>;
}

export interface ReadinessOptions {
  /** Each probe's deadline, in ms: a probe that has not answered by then fails with `TIMEOUT`. */
  timeoutMs: number;
  /** How long a verdict is reused, in ms, so load-balancer polling does not become upstream load. */
  cacheMs: number;
}

/**
 * Runs every probe, at most once per `cacheMs` however many callers ask;
 * concurrent callers share the run in progress.
 */
export class ReadinessCheck {
  private cached: { report: ReadinessReport; at: number } | undefined;
  private running: Promise<ReadinessReport> | undefined;

  constructor(
    private readonly probes: readonly ReadinessProbe[],
    private readonly options: ReadinessOptions,
  ) {}

  async report(): Promise<ReadinessReport> {
    if (this.cached && Date.now() - this.cached.at < this.options.cacheMs)
      return this.cached.report;
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(): Promise<ReadinessReport> {
    const results = await Promise.all(
      this.probes.map(async (probe) => [probe.name, await this.probe(probe)] as const),
    );
    const checks = Object.fromEntries(results);
    const report = { ready: results.every(([, result]) => result === 'ok'), checks };
    this.cached = { report, at: Date.now() };
    return report;
  }

  private async probe(probe: ReadinessProbe): Promise<string> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve('TIMEOUT'), this.options.timeoutMs);
    });
    const outcome = probe.check().then(
      () => 'ok',
      (error: unknown) => (error instanceof GatewayError ? error.code : 'UNAVAILABLE'),
    );
    try {
      return await Promise.race([outcome, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }
}
