/**
 * `--soak=SECONDS`: one long run of the gateway under a rotating mix of every
 * scenario, sampling the gateway process's memory (after a forced GC) every
 * few seconds, to show whether anything grows with traffic (the target: memory
 * flat over a 5-minute run). The slope is a least-squares fit over the samples
 * after the first minute, so start-up and JIT warm-up do not count as growth.
 */
import { scenarioDriver, SCENARIOS } from '../scenarios.mjs';
import { spawnChild } from './child.mjs';
import { runLoad } from './load.mjs';
import { round } from './report.mjs';

const SAMPLE_EVERY_MS = 5_000;
const SETTLE_SEC = 60;

/**
 * @param {{ emulatorUrl: string, admin: any, benchState: any, headers: Record<string, string>,
 *   apiKey: string, accountId: string, products: any, soakSec: number, connections: number,
 *   latencyMs: number, log: (line: string) => void }} options
 */
export async function runSoak(options) {
  await options.admin.setLatency(options.latencyMs);
  await options.admin.putState(options.benchState);
  const child = await spawnChild(
    'gateway',
    { upstreamUrl: options.emulatorUrl, apiKey: options.apiKey, accountId: options.accountId },
    { execArgv: ['--expose-gc'] },
  );
  const drivers = SCENARIOS.map((s) => scenarioDriver(s, 'graphql', options.products));
  let n = 0;
  const next = () => drivers[n++ % drivers.length].next();
  const samples = [];
  const started = Date.now();
  const sample = async () => {
    const memory = await child.sample();
    samples.push({
      sec: round((Date.now() - started) / 1000, 1),
      rssMB: round(memory.rssBytes / 2 ** 20, 1),
      heapUsedMB: round(memory.heapUsedBytes / 2 ** 20, 2),
    });
  };
  await sample();
  const timer = setInterval(() => void sample(), SAMPLE_EVERY_MS);
  let result;
  try {
    result = await runLoad({
      url: child.url,
      headers: options.headers,
      next,
      connections: options.connections,
      durationSec: options.soakSec,
    });
  } finally {
    clearInterval(timer);
  }
  await sample();
  await child.stop();
  await options.admin.setLatency(0);

  const settled = samples.filter((s) => s.sec >= Math.min(SETTLE_SEC, options.soakSec / 2));
  const summary = {
    durationSec: options.soakSec,
    latencyMs: options.latencyMs,
    connections: options.connections,
    scenarios: SCENARIOS,
    requests: result.requests,
    rps: round(result.rps, 1),
    p99: round(result.p99, 2),
    non2xx: result.non2xx,
    errors: result.errors,
    heapUsedMBPerMin: round(slopePerMin(settled, 'heapUsedMB'), 3),
    rssMBPerMin: round(slopePerMin(settled, 'rssMB'), 3),
    heapUsedMB: { first: settled[0]?.heapUsedMB, last: settled.at(-1)?.heapUsedMB },
    rssMB: { first: settled[0]?.rssMB, last: settled.at(-1)?.rssMB },
    samples,
  };
  options.log(
    `soak ${options.soakSec}s: ${summary.rps} req/s, heap ${summary.heapUsedMB.first} → ` +
      `${summary.heapUsedMB.last} MB (${summary.heapUsedMBPerMin} MB/min), rss ` +
      `${summary.rssMB.first} → ${summary.rssMB.last} MB (${summary.rssMBPerMin} MB/min)`,
  );
  return summary;
}

/** Least-squares slope of `key` over time, per minute. */
function slopePerMin(samples, key) {
  if (samples.length < 2) return NaN;
  const xs = samples.map((s) => s.sec / 60);
  const ys = samples.map((s) => s[key]);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den ? num / den : NaN;
}
