/**
 * `npm run build && node bench/readerCost.mjs`: CPU of the tolerant reader
 * (src/wix-api/readWire.ts: one zod 4 parse of the endpoint's response schema)
 * per upstream answer, beside JSON.parse of the same text, for a 50-item
 * Query Sites and Query Packages answer of the bench data. In process, on an
 * emulator on 127.0.0.1 that it stops when done.
 */
import { performance } from 'node:perf_hooks';
import { startEmulator, DEFAULT_API_KEY, SEED_IDS } from '../dist/emulator/index.js';
import { WIX_ENDPOINTS } from '../dist/wix-api/endpoints.js';
import { readWire } from '../dist/wix-api/readWire.js';
import { buildBenchState } from './fixture.mjs';
const emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
const headers = {
  authorization: DEFAULT_API_KEY,
  'wix-account-id': SEED_IDS.accounts.reseller,
  'content-type': 'application/json',
};
const state = await (await fetch(`${emulator.url}/_emulator/state`, { headers })).json();
await fetch(`${emulator.url}/_emulator/state`, {
  method: 'PUT',
  headers,
  body: JSON.stringify(
    buildBenchState(state, {
      reseller: SEED_IDS.accounts.reseller,
      businessBasic: SEED_IDS.products.businessBasic,
      logoOneTime: SEED_IDS.products.logoOneTime,
    }),
  ),
});
const cases = {
  querySites50: [
    '/site-list/v2/sites/query',
    { query: { cursorPaging: { limit: 50 } } },
    WIX_ENDPOINTS.querySites.response,
  ],
  queryPackages50: [
    '/resellers/v1/packages/query',
    { query: { cursorPaging: { limit: 50 } } },
    WIX_ENDPOINTS.queryPackages.response,
  ],
};
const ROUNDS = 15;
const PER_ROUND = 400;
/** Median ms per call of `run` over interleaved rounds (the machine's noise spreads single rounds). */
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
function timed(run) {
  const start = performance.now();
  for (let i = 0; i < PER_ROUND; i++) run();
  return (performance.now() - start) / PER_ROUND;
}
for (const [name, [path, body, schema]] of Object.entries(cases)) {
  const response = await fetch(emulator.url + path, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${name}: ${response.status} ${text.slice(0, 200)}`);
  const parseOnly = () => JSON.parse(text);
  const parseAndRead = () => {
    const reading = readWire(schema, JSON.parse(text));
    if (!reading.ok || reading.drift.length > 0) throw new Error(`${name}: drift`);
  };
  for (let i = 0; i < 300; i++) parseAndRead();
  const parse = [];
  const read = [];
  for (let round = 0; round < ROUNDS; round++) {
    parse.push(timed(parseOnly));
    read.push(timed(parseAndRead));
  }
  const [p, r] = [median(parse), median(read)];
  console.log(
    `${name}: ${text.length} bytes; JSON.parse ${p.toFixed(3)} ms, with the reader ${r.toFixed(3)} ms: the reader adds ${(r - p).toFixed(3)} ms per answer (medians of ${ROUNDS} rounds of ${PER_ROUND})`,
  );
}
await emulator.stop();
