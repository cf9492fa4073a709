/**
 * Benchmark options: `--name=value` flags win over `BENCH_*` variables, which
 * win over the defaults. The defaults keep a full run to about 6 minutes.
 */
import { DEFAULT_FIRST, SCENARIOS } from '../scenarios.mjs';

export const TARGETS = ['floor', 'floor-got', 'gateway-naive', 'gateway', 'peer'];

const DEFAULTS = {
  /** Measured seconds per scenario, target and latency. */
  duration: '5',
  /** Unmeasured seconds of load before each measurement (JIT, connection pools). */
  warmup: '1',
  /** Concurrent connections of the load generator (the p99 target is stated at 100). */
  connections: '100',
  /**
   * Requests/s over all connections (0: as many as the target answers). A rate
   * below every target's saturation compares latency at equal load instead of
   * queueing on a CPU-bound box.
   */
  rate: '0',
  /** Upstream latencies to inject, in ms, comma-separated. */
  latencies: '0,20',
  /** Comma-separated subset of TARGETS. */
  targets: TARGETS.join(','),
  /** Comma-separated subset of SCENARIOS. */
  scenarios: SCENARIOS.join(','),
  /** Page size of the `sites` and `packages` scenarios (1–100, the upstream page limit). */
  first: String(DEFAULT_FIRST),
  /**
   * Page sizes of the growth run, comma-separated (empty: none). When set,
   * `npm run bench` runs only `sites` and `packages` at each size, at the
   * first of `latencies`, and writes results/growth.json and growth.svg.
   */
  growth: '',
  /** Sequential requests used to count upstream calls per request. */
  samples: '10',
  /**
   * Seconds of the memory soak (0: none). When set, `npm run bench` runs only
   * the soak: the gateway under a mix of every scenario, its memory sampled.
   */
  soak: '0',
};

/** @param {string[]} argv @param {NodeJS.ProcessEnv} env */
export function parseOptions(argv, env) {
  const raw = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS)) {
    const fromEnv = env[`BENCH_${key.toUpperCase()}`];
    if (fromEnv) raw[key] = fromEnv;
  }
  for (const arg of argv) {
    const match = /^--([a-z]+)=(.*)$/.exec(arg);
    if (!match || !(match[1] in DEFAULTS)) {
      throw new Error(
        `unknown argument "${arg}"; expected --name=value with name in ${Object.keys(DEFAULTS).join(', ')}`,
      );
    }
    raw[match[1]] = match[2];
  }
  const number = (key, min, max) => {
    const value = Number(raw[key]);
    if (!Number.isFinite(value) || value < min || value > max) {
      throw new Error(`${key} must be a number from ${min} to ${max}, got "${raw[key]}"`);
    }
    return value;
  };
  const list = (key, allowed) => {
    const values = raw[key]
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = values.filter((v) => !allowed.includes(v));
    if (bad.length)
      throw new Error(`${key}: unknown ${bad.join(', ')}; expected some of ${allowed.join(', ')}`);
    return values;
  };
  return {
    durationSec: number('duration', 1, 120),
    warmupSec: number('warmup', 0, 30),
    connections: number('connections', 1, 1000),
    rate: number('rate', 0, 100_000),
    latenciesMs: raw.latencies.split(',').map((v) => {
      const ms = Number(v);
      if (!Number.isFinite(ms) || ms < 0 || ms > 1000)
        throw new Error(`latencies: bad value "${v}"`);
      return ms;
    }),
    targets: list('targets', TARGETS),
    scenarios: list('scenarios', SCENARIOS),
    first: number('first', 1, 100),
    growth: raw.growth
      .split(',')
      .filter((v) => v.trim())
      .map((v) => {
        const size = Number(v);
        if (!Number.isInteger(size) || size < 1 || size > 100)
          throw new Error(`growth: bad page size "${v}" (1 to 100)`);
        return size;
      }),
    samples: number('samples', 1, 100),
    soakSec: number('soak', 0, 3600),
  };
}
