/**
 * `npm run bench`: measures every scenario against every target, at each
 * injected upstream latency, on loopback only, and prints a table and writes
 * results/latest.json (plus a dated copy); with `--growth`, the paged reads at
 * each page size, results/growth.json and the chart growth.svg. See README.md
 * for the method.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildBenchState } from './fixture.mjs';
import { gatewayMissing } from './gateway.mjs';
import { PAGED_SCENARIOS, scenarioDriver, styleOf } from './scenarios.mjs';
import { growthChart } from './lib/growthChart.mjs';
import { spawnChild } from './lib/child.mjs';
import { emulatorAdmin } from './lib/emulatorAdmin.mjs';
import { runLoad, sendSequential } from './lib/load.mjs';
import { runSoak } from './lib/soak.mjs';
import { parseOptions } from './lib/options.mjs';
import { describeMachine, formatTable, round, scenarioLabel, withRatios } from './lib/report.mjs';

const options = parseOptions(process.argv.slice(2), process.env);
const emulatorEntry = new URL('../dist/emulator/index.js', import.meta.url);
if (!existsSync(fileURLToPath(emulatorEntry))) {
  console.error(
    'dist/emulator/index.js is missing: run `npm run build` in the project root first.',
  );
  process.exit(1);
}
const { DEFAULT_API_KEY, SEED_IDS } = await import(emulatorEntry.href);
const headers = { authorization: DEFAULT_API_KEY, 'wix-account-id': SEED_IDS.accounts.reseller };

const startedAt = new Date();
const log = (line) =>
  console.error(`[bench +${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)}s] ${line}`);
const rows = [];
const dir = fileURLToPath(new URL('results/', import.meta.url));
const stamp = startedAt.toISOString().replace(/[:.]/g, '-');

const emulator = await spawnChild('emulator');
try {
  const admin = emulatorAdmin(emulator.url);
  const benchState = buildBenchState(await admin.getState(), {
    reseller: SEED_IDS.accounts.reseller,
    businessBasic: SEED_IDS.products.businessBasic,
    logoOneTime: SEED_IDS.products.logoOneTime,
  });
  if (options.soakSec > 0) {
    if (gatewayMissing()) throw new Error(gatewayMissing());
    const soak = await runSoak({
      emulatorUrl: emulator.url,
      admin,
      benchState,
      headers,
      apiKey: DEFAULT_API_KEY,
      accountId: SEED_IDS.accounts.reseller,
      products: SEED_IDS.products,
      soakSec: options.soakSec,
      connections: options.connections,
      latencyMs: options.latenciesMs[0],
      log,
    });
    const json = `${JSON.stringify({ startedAt: startedAt.toISOString(), machine: describeMachine(), soak }, null, 2)}\n`;
    mkdirSync(`${dir}tmp`, { recursive: true });
    writeFileSync(`${dir}tmp/soak-${stamp}.json`, json);
    writeFileSync(`${dir}soak.json`, json);
    log(`wrote bench/results/soak.json and bench/results/tmp/soak-${stamp}.json`);
    await emulator.stop();
    process.exit(0);
  }
  // A growth run measures the paged reads at each page size, at one latency.
  const plan = options.growth.length
    ? options.growth.map((first) => ({
        latencyMs: options.latenciesMs[0],
        first,
        scenarios: options.scenarios.filter((s) => PAGED_SCENARIOS.includes(s)),
      }))
    : options.latenciesMs.map((latencyMs) => ({
        latencyMs,
        first: options.first,
        scenarios: options.scenarios,
      }));
  for (const step of plan) {
    await admin.setLatency(step.latencyMs);
    for (const target of options.targets) {
      await measureTarget(admin, benchState, target, step);
    }
  }
  await admin.setLatency(0);
} finally {
  await emulator.stop();
}

const results = withRatios(rows);
console.log(formatTable(results));
const name = options.growth.length ? 'growth' : 'latest';
const document = {
  startedAt: startedAt.toISOString(),
  machine: describeMachine(),
  options,
  results,
};
// latest.json (or growth.json) is the one to commit; dated copies go to the git-ignored tmp/.
mkdirSync(`${dir}tmp`, { recursive: true });
const json = `${JSON.stringify(document, null, 2)}\n`;
writeFileSync(`${dir}tmp/${name}-${stamp}.json`, json);
writeFileSync(`${dir}${name}.json`, json);
log(`wrote bench/results/${name}.json and bench/results/tmp/${name}-${stamp}.json`);
if (options.growth.length) {
  writeFileSync(`${dir}growth.svg`, growthChart(results, document.machine));
  log('wrote bench/results/growth.svg');
}

async function measureTarget(admin, benchState, target, { latencyMs, first, scenarios }) {
  const pageOf = (scenario) => (PAGED_SCENARIOS.includes(scenario) ? first : undefined);
  const label = (scenario) => scenarioLabel({ scenario, first: pageOf(scenario) });
  const skip = (scenario, reason) => {
    log(`${latencyMs}ms ${target} ${label(scenario)}: skipped (${reason})`);
    rows.push({ latencyMs, target, scenario, first: pageOf(scenario), skipped: reason });
  };
  const missing = target.startsWith('gateway')
    ? gatewayMissing({ naive: target === 'gateway-naive' })
    : undefined;
  if (missing) return scenarios.forEach((s) => skip(s, missing));

  let child;
  try {
    child = await spawnChild(target, {
      upstreamUrl: emulator.url,
      apiKey: DEFAULT_API_KEY,
      accountId: SEED_IDS.accounts.reseller,
    });
  } catch (error) {
    return scenarios.forEach((s) => skip(s, `did not start: ${String(error).slice(0, 200)}`));
  }
  try {
    for (const scenario of scenarios) {
      const style = styleOf(target);
      const driver = scenarioDriver(scenario, style, SEED_IDS.products, first);
      const load = {
        url: child.url,
        headers,
        next: driver.next,
        connections: options.connections,
        rate: options.rate,
      };

      // Same data for every run: mutations must not leak into the next measurement.
      await admin.waitIdle();
      await admin.putState(benchState);
      await admin.clearRequests();
      const problem = await sendSequential({
        ...load,
        check: driver.check,
        count: options.samples,
      });
      if (problem) {
        skip(scenario, `wrong answer: ${problem}`);
        continue;
      }
      const upstreamCallsPerRequest = (await admin.countRequests()) / options.samples;

      // Warm-up at full speed, also before a paced run: a few hundred paced
      // requests would leave the JIT cold and measure the interpreter.
      if (options.warmupSec > 0) {
        await runLoad({ ...load, rate: 0, durationSec: options.warmupSec });
      }
      await admin.waitIdle();
      await admin.putState(benchState);
      await child.mark();
      const result = await runLoad({ ...load, durationSec: options.durationSec });
      const usage = await child.report();
      const row = {
        latencyMs,
        target,
        scenario,
        first: pageOf(scenario),
        ...result,
        p50: round(result.p50, 2),
        p95: round(result.p95, 2),
        p99: round(result.p99, 2),
        firstAnswerMaxMs: round(result.firstAnswerMaxMs, 1),
        rps: round(result.rps, 1),
        upstreamCallsPerRequest,
        cpuMsPerRequest: result.requests ? round(usage.cpuMs / result.requests, 3) : null,
        cpuUtilisation: round(usage.cpuMs / (options.durationSec * 1000), 2),
        peakRssMB: round(usage.peakRssBytes / 2 ** 20, 1),
      };
      rows.push(row);
      log(
        `${latencyMs}ms ${target} ${label(scenario)}: ${row.rps} req/s, p99 ${row.p99} ms ` +
          `(first answer per connection ≤ ${row.firstAnswerMaxMs} ms), ` +
          `${upstreamCallsPerRequest} calls/req, ${row.peakRssMB} MB` +
          (result.non2xx || result.errors
            ? `, ${result.non2xx} non-2xx, ${result.errors} errors`
            : ''),
      );
    }
  } finally {
    await child.stop();
  }
}
