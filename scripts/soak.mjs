/**
 * Soak test (not part of `npm test`): the compiled gateway over the
 * emulator, both on 127.0.0.1, with ~10% injected upstream failures (5xx,
 * dropped connections before and after the write, latency past the deadline),
 * mixed reads and writes at a fixed concurrency for a bounded time and number
 * of requests. Then it checks the upstream state and reports: requests served,
 * errors by code, upstream requests and faults injected, paid writes that took
 * effect, duplicated writes and inconsistent instances (both must be 0).
 * Duplicates are counted from the emulator's side: its request log (a paid
 * write applied twice under one idempotency key) and its state (two packages
 * with one externalId).
 *
 *   npm run soak                          # 60 s, concurrency 20, ≤ 50 000 requests
 *   SOAK_SECONDS=10 SOAK_CONCURRENCY=5 npm run soak
 *   WIX_EMULATOR_IDEMPOTENCY=ignore npm run soak   # an upstream that does not de-duplicate
 *
 * Exit code 1 when a duplicated write or an inconsistency is found.
 */
import 'reflect-metadata';
import { loadConfig, withUpstream } from '../dist/config.js';
import {
  DEFAULT_API_KEY,
  idempotencyModeFromEnv,
  SEED_IDS,
  startEmulator,
} from '../dist/emulator/index.js';
import { startGateway } from '../dist/server.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 20);
const MAX_REQUESTS = Number(process.env.SOAK_MAX_REQUESTS ?? 50_000);
const FAILURE_RATE = Number(process.env.SOAK_FAILURE_RATE ?? 0.1);
const IDEMPOTENCY = idempotencyModeFromEnv(process.env);
/** Routes of the paid writes, whose duplicates are counted. */
const PAID_WRITES = new Set([
  'createPackage',
  'cancelPackage',
  'assignInstance',
  'unassignInstance',
  'adjustInstance',
  'cancelInstance',
]);

const { accounts: A, sites: S, instances: I, products: P } = SEED_IDS;

/** Instances moved back and forth, one move at a time each (the driver serialises them). */
const MOVES = [
  {
    account: A.customerA,
    instanceId: I.basicOnCustomerAShop,
    sites: [S.customerAShop, S.customerABlog],
  },
  {
    account: A.customerB,
    instanceId: I.unlimitedOnCustomerBRestaurant,
    sites: [S.customerBRestaurant, S.customerBEvents],
  },
];
/** A site handed back and forth between the team account and customer C. */
const TRANSFER = { siteId: S.bakeryDraft, accounts: [A.reseller, A.customerC] };

const emulator = await startEmulator({
  port: 0,
  host: '127.0.0.1',
  activationDelayMs: 50,
  idempotency: IDEMPOTENCY,
  // Every request of the run, so every applied write can be counted.
  requestLogCapacity: 10_000_000,
  quiet: true,
});
const config = loadConfig({
  PORT: '0',
  HOST: '127.0.0.1',
  UPSTREAM_TIMEOUT_MS: '300',
  UPSTREAM_CONNECT_TIMEOUT_MS: '300',
  RETRY_BASE_DELAY_MS: '20',
  RETRY_MAX_DELAY_MS: '200',
  REQUEST_BUDGET_MS: '5000',
  // A write that timed out counts as absent only 4 s after it was sent (a
  // minute by default): on a loaded machine the emulator, in this same
  // process, may handle a request a second or more after its client gave up.
  PAID_WRITE_SETTLE_MS: process.env.PAID_WRITE_SETTLE_MS ?? '4000',
  SANDBOX: 'false',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
});
const gateway = await startGateway(
  withUpstream(config, { baseUrl: emulator.url, apiKey: DEFAULT_API_KEY, accountId: A.reseller }),
);

async function admin(method, path, body) {
  const response = await fetch(emulator.url + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.json();
}

// The seed allows transfers from the team account to its customers only; allow
// the way back too, so the soak can hand one site back and forth.
const initial = await admin('GET', '/_emulator/state');
initial.allowedTransfers.push({
  ...initial.allowedTransfers.find((t) => t.targetAccountId === A.customerC),
  id: 'a1100000-0000-4000-8000-0000000000ff',
  sourceAccountId: A.customerC,
  targetAccountId: A.reseller,
});
await admin('PUT', '/_emulator/state', initial);

// ~FAILURE_RATE of all API requests fail: the first matching terminal rule wins.
const share = FAILURE_RATE / 5;
await admin('PUT', '/_emulator/faults', [
  { id: 'latency', kind: 'latency', latencyMs: 600, rate: share },
  { id: '503', kind: 'error', status: 503, rate: share },
  { id: 'drop', kind: 'drop', rate: share },
  { id: 'drop-after', kind: 'drop', after: true, rate: share },
  { id: '500-after', kind: 'error', status: 500, after: true, rate: share },
]);

async function graphql(query, variables) {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

const stats = {
  requests: 0,
  ok: 0,
  partial: 0,
  byOperation: {},
  errorsByCode: {},
  errorsByReason: {},
  latenciesMs: [],
  replayMismatches: 0,
};
/** externalId → package ids a createPackage answered with (must be one per externalId). */
const created = new Map();
const locks = new Set();

function record(operation, body, ms) {
  stats.requests += 1;
  stats.latenciesMs.push(ms);
  const op = (stats.byOperation[operation] ??= { requests: 0, errors: 0 });
  op.requests += 1;
  if (!body.errors?.length) stats.ok += 1;
  else {
    op.errors += 1;
    if (body.data && Object.values(body.data).some((v) => v !== null)) stats.partial += 1;
    for (const e of body.errors) {
      const code = e.extensions?.code ?? 'NONE';
      stats.errorsByCode[code] = (stats.errorsByCode[code] ?? 0) + 1;
      const reason = e.extensions?.reason;
      if (reason) stats.errorsByReason[reason] = (stats.errorsByReason[reason] ?? 0) + 1;
    }
  }
}

async function timed(operation, query, variables) {
  const started = performance.now();
  const body = await graphql(query, variables);
  record(operation, body, performance.now() - started);
  return body;
}

let sequence = 0;
const OPERATIONS = [
  [
    0.3,
    'sites',
    async () =>
      timed(
        'sites',
        'query($a: ID) { sites(first: 10, accountId: $a) { nodes { id premium transferable productInstances { id status } } } }',
        {
          a: [A.customerA, A.customerB, A.reseller][sequence % 3],
        },
      ),
  ],
  [
    0.2,
    'packages',
    async () =>
      timed(
        'packages',
        '{ packages(first: 20) { nodes { id productInstances { id status site { id } } } } }',
      ),
  ],
  [
    0.25,
    'createPackage',
    async () => {
      const n = ++sequence;
      const input = {
        externalId: `soak-${n}`,
        idempotencyKey: `soak-key-${n}`,
        products: [{ catalogProductId: P.logoOneTime, countryCode: 'US' }],
      };
      const q =
        'mutation($input: CreatePackageInput!) { createPackage(input: $input) { package { id externalId } } }';
      const first = await timed('createPackage', q, { input });
      // Every fifth create is sent again with the same key, as a client would after a lost answer.
      const second = n % 5 === 0 ? await timed('createPackage (repeat)', q, { input }) : undefined;
      for (const body of [first, second]) {
        const id = body?.data?.createPackage?.package?.id;
        if (id)
          (
            created.get(input.externalId) ??
            created.set(input.externalId, new Set()).get(input.externalId)
          ).add(id);
      }
      if (
        first?.data &&
        second?.data &&
        JSON.stringify(first.data) !== JSON.stringify(second.data)
      ) {
        stats.replayMismatches += 1;
      }
    },
  ],
  [
    0.2,
    'reassignInstance',
    async () => {
      const move = MOVES[sequence++ % MOVES.length];
      if (locks.has(move.instanceId))
        return timed('packages', '{ packages(first: 5) { nodes { id } } }');
      locks.add(move.instanceId);
      try {
        const where = await graphql(
          'query($id: ID!, $a: ID) { productInstance(id: $id, accountId: $a) { site { id } } }',
          {
            id: move.instanceId,
            a: move.account,
          },
        );
        const now = where.data?.productInstance?.site?.id;
        const to = now === move.sites[0] ? move.sites[1] : move.sites[0];
        await timed(
          'reassignInstance',
          'mutation($i: ID!, $t: ID!, $a: ID) { reassignInstance(instanceId: $i, toSiteId: $t, accountId: $a) { instance { id site { id } } } }',
          { i: move.instanceId, t: to, a: move.account },
        );
      } finally {
        locks.delete(move.instanceId);
      }
    },
  ],
  [
    0.05,
    'transferSite',
    async () => {
      if (locks.has(TRANSFER.siteId)) return timed('sites', '{ sites(first: 5) { nodes { id } } }');
      locks.add(TRANSFER.siteId);
      try {
        const state = await admin('GET', '/_emulator/state');
        const owner = state.sites.find((s) => s.id === TRANSFER.siteId)?.ownerAccountId;
        const to = owner === TRANSFER.accounts[0] ? TRANSFER.accounts[1] : TRANSFER.accounts[0];
        await timed(
          'transferSite',
          'mutation($input: TransferSiteInput!) { transferSite(input: $input) { site { id ownerAccountId } } }',
          { input: { siteId: TRANSFER.siteId, fromAccountId: owner, toAccountId: to } },
        );
      } finally {
        locks.delete(TRANSFER.siteId);
      }
    },
  ],
];

function pick() {
  let r = Math.random();
  for (const [weight, , run] of OPERATIONS) {
    if ((r -= weight) < 0) return run;
  }
  return OPERATIONS[0][2];
}

const deadline = Date.now() + SECONDS * 1000;
const started = Date.now();
async function worker() {
  while (Date.now() < deadline && stats.requests < MAX_REQUESTS) {
    try {
      await pick()();
    } catch (error) {
      stats.errorsByCode.CLIENT = (stats.errorsByCode.CLIENT ?? 0) + 1;
      if (stats.errorsByCode.CLIENT < 5) console.error('client error:', error.message);
    }
  }
}
console.log(
  `soak: ${SECONDS} s, concurrency ${CONCURRENCY}, ≤ ${MAX_REQUESTS} requests, ${FAILURE_RATE * 100}% injected upstream failures`,
);
await Promise.all(Array.from({ length: CONCURRENCY }, worker));
const elapsedS = (Date.now() - started) / 1000;

// Let late (latency-faulted) writes land, then look at the upstream state without faults.
await admin('DELETE', '/_emulator/faults');
await new Promise((r) => setTimeout(r, 1500));
const state = await admin('GET', '/_emulator/state');

const duplicates = [];
const soakPackages = state.packages.filter((p) => p.externalId?.startsWith('soak-'));
const byExternalId = new Map();
for (const p of soakPackages)
  byExternalId.set(p.externalId, [...(byExternalId.get(p.externalId) ?? []), p.id]);
for (const [externalId, ids] of byExternalId)
  if (ids.length > 1) duplicates.push({ externalId, ids });
for (const [externalId, ids] of created)
  if (ids.size > 1) duplicates.push({ externalId, answered: [...ids] });
// Every paid write carries one idempotency key for all its sends: applied twice is a duplicate.
const { requests: upstreamLog } = await admin('GET', '/_emulator/requests');
const appliedByKey = new Map();
for (const r of upstreamLog) {
  if (!PAID_WRITES.has(r.route) || !r.applied) continue;
  const key = `${r.route} ${r.accountId} ${r.path} ${r.idempotencyKey}`;
  appliedByKey.set(key, (appliedByKey.get(key) ?? 0) + 1);
}
for (const [key, times] of appliedByKey) {
  if (times <= 1) continue;
  const sends = upstreamLog.filter(
    (r) => `${r.route} ${r.accountId} ${r.path} ${r.idempotencyKey}` === key,
  );
  duplicates.push({ key, times, sends });
}
const faultsInjected = {};
for (const r of upstreamLog)
  if (r.fault) faultsInjected[r.fault] = (faultsInjected[r.fault] ?? 0) + 1;

const inconsistent = [];
const instances = state.packages.flatMap((p) =>
  p.productInstances.map((i) => ({ ...i, accountId: p.accountId })),
);
for (const move of MOVES) {
  const instance = instances.find((i) => i.instanceId === move.instanceId);
  if (!instance?.siteId || !move.sites.includes(instance.siteId)) {
    inconsistent.push({
      instanceId: move.instanceId,
      siteId: instance?.siteId ?? null,
      expected: move.sites,
    });
  }
}
const seedState = await (async () => {
  // Instances assigned in the seed must still be assigned (only the soak's own packages float).
  const { createSeedState } = await import('../dist/emulator/index.js');
  return createSeedState();
})();
for (const seeded of seedState.packages.flatMap((p) => p.productInstances)) {
  const now = instances.find((i) => i.instanceId === seeded.instanceId);
  if (seeded.siteId && now && !now.siteId)
    inconsistent.push({ instanceId: seeded.instanceId, floating: true });
}
const typeOf = new Map(state.catalog.map((c) => [c.id ?? c.catalogProductId, c.productType]));
const perSiteType = new Map();
for (const i of instances) {
  if (!i.siteId || i.status === 'CANCELED' || i.status === 'FAILED') continue;
  const key = `${i.siteId}/${typeOf.get(i.catalogProductId)}`;
  perSiteType.set(key, [...(perSiteType.get(key) ?? []), i.instanceId]);
}
for (const [key, ids] of perSiteType)
  if (ids.length > 1) inconsistent.push({ siteAndType: key, instanceIds: ids });
const transferred = state.sites.find((s) => s.id === TRANSFER.siteId);
if (!TRANSFER.accounts.includes(transferred?.ownerAccountId)) {
  inconsistent.push({ siteId: TRANSFER.siteId, ownerAccountId: transferred?.ownerAccountId });
}

const sorted = stats.latenciesMs.sort((a, b) => a - b);
const pct = (q) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
const report = {
  durationSeconds: Math.round(elapsedS * 10) / 10,
  concurrency: CONCURRENCY,
  injectedFailureRate: FAILURE_RATE,
  emulatorIdempotency: IDEMPOTENCY,
  requestsServed: stats.requests,
  requestsPerSecond: Math.round(stats.requests / elapsedS),
  withoutErrors: stats.ok,
  partialData: stats.partial,
  latencyMs: { p50: pct(0.5), p95: pct(0.95), p99: pct(0.99), max: Math.round(sorted.at(-1) ?? 0) },
  byOperation: stats.byOperation,
  errorsByCode: stats.errorsByCode,
  errorsByReason: stats.errorsByReason,
  upstreamRequests: upstreamLog.length,
  faultsInjected,
  paidWritesApplied: [...appliedByKey.values()].reduce((a, b) => a + b, 0),
  packagesCreated: soakPackages.length,
  idempotentRepeatsAnsweredDifferently: stats.replayMismatches,
  duplicatedWrites: duplicates.length,
  inconsistentInstances: inconsistent.length,
  breakers: gateway.breakerStates(),
};
console.log(JSON.stringify(report, null, 2));
if (duplicates.length) console.log('duplicated writes:', JSON.stringify(duplicates.slice(0, 10)));
if (inconsistent.length) console.log('inconsistent:', JSON.stringify(inconsistent.slice(0, 10)));

await gateway.stop();
await emulator.stop();
process.exit(duplicates.length || inconsistent.length || stats.replayMismatches ? 1 : 0);
