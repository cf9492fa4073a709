/**
 * `node bench/profile.mjs [scenario] [seconds]`: runs one scenario against the
 * gateway child started with `node --cpu-prof`, then prints the functions with
 * the most self time. A development aid for finding performance levers, not part of
 * `npm run bench`; the .cpuprofile lands in bench/results/tmp/ (git-ignored).
 */
import { readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildBenchState } from './fixture.mjs';
import { scenarioDriver, styleOf } from './scenarios.mjs';
import { spawnChild } from './lib/child.mjs';
import { emulatorAdmin } from './lib/emulatorAdmin.mjs';
import { runLoad } from './lib/load.mjs';

const [scenario = 'package', seconds = '5', target = 'gateway'] = process.argv.slice(2);
const dir = fileURLToPath(new URL('results/tmp/profile/', import.meta.url));
mkdirSync(dir, { recursive: true });
const { DEFAULT_API_KEY, SEED_IDS } = await import(
  new URL('../dist/emulator/index.js', import.meta.url).href
);
const headers = { authorization: DEFAULT_API_KEY, 'wix-account-id': SEED_IDS.accounts.reseller };
const emulator = await spawnChild('emulator');
const admin = emulatorAdmin(emulator.url);
await admin.putState(
  buildBenchState(await admin.getState(), {
    reseller: SEED_IDS.accounts.reseller,
    businessBasic: SEED_IDS.products.businessBasic,
    logoOneTime: SEED_IDS.products.logoOneTime,
  }),
);
const before = new Set(readdirSync(dir));
const child = await spawnChild(
  target,
  { upstreamUrl: emulator.url, apiKey: DEFAULT_API_KEY, accountId: SEED_IDS.accounts.reseller },
  { execArgv: ['--cpu-prof', `--cpu-prof-dir=${dir}`] },
);
const style = styleOf(target);
const driver = scenarioDriver(scenario, style, SEED_IDS.products);
const load = { url: child.url, headers, next: driver.next, connections: 20 };
await runLoad({ ...load, durationSec: 1 });
await child.mark();
const result = await runLoad({ ...load, durationSec: Number(seconds) });
const usage = await child.report();
await child.stop();
await emulator.stop();
console.log(
  `${scenario}: ${result.rps.toFixed(0)} req/s, ${(usage.cpuMs / result.requests).toFixed(3)} cpu ms/req`,
);

const file = readdirSync(dir).find((f) => !before.has(f) && f.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(dir + file, 'utf8'));
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = new Map();
profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
// Self time per package too: which layer (graphql-js, got, Apollo, our own
// folders, Node's internals) a lever would have to shrink to pay.
const byPackage = new Map();
let total = 0;
for (const [id, us] of dt) {
  const { callFrame: f } = byId.get(id);
  const url = f.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/main\//, '');
  const key = `${f.functionName || '(anon)'} ${url}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + us);
  const pkg = f.url.includes('node_modules/')
    ? /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f.url)[1]
    : f.url.includes('/dist/')
      ? `gateway ${f.url.split('/dist/')[1].split('/')[0]}`
      : f.url.startsWith('node:')
        ? `node:${f.url.replace(/^node:(internal\/)?/, '').split('/')[0]}`
        : f.functionName || '(native)';
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  total += us;
}
const print = (entries, count) => {
  for (const [key, us] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, count))
    console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
};
print(self, Number(process.env.TOP ?? 40));
console.log('self time by package:');
print(byPackage, 20);
console.log(`profile: ${dir}${file}`);
