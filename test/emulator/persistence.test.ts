import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../src/emulator/index.js';
import {
  ACCOUNTS,
  createSeedState,
  PACKAGES,
  PRODUCTS,
  request,
  SITES,
  type EmulatorOptions,
} from './harness.js';

let dir: string;
let statePath: string;
const running: { stop(): Promise<void> }[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wix-emulator-state-'));
  statePath = join(dir, 'state.json');
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
  await rm(dir, { recursive: true, force: true });
});

async function start(options: Partial<EmulatorOptions> = {}) {
  const server = await startEmulator({
    port: 0,
    host: '127.0.0.1',
    quiet: true,
    statePath,
    activationDelayMs: 60_000,
    ...options,
  });
  running.push(server);
  return {
    call: (method: string, path: string, opts = {}) => request(server.url, method, path, opts),
    stop: async () => {
      running.splice(running.indexOf(server), 1);
      await server.stop();
    },
  };
}

const MONTHLY = { type: 'RECURRING', cycleDuration: { unit: 'MONTH', count: 1 } };

describe('persistence across a restart', () => {
  it('keeps created packages, cancellations, transfers and replays after a restart', async () => {
    const first = await start();
    const created = await first.call('POST', '/resellers/v2/packages', {
      body: {
        idempotencyKey: 'persisted-key',
        products: [
          {
            catalogProductId: PRODUCTS.businessBasic,
            siteId: SITES.bakeryDraft,
            countryCode: 'FR',
            billingInfo: MONTHLY,
          },
        ],
      },
    });
    const canceled = await first.call(
      'DELETE',
      `/resellers/v1/packages/${PACKAGES.resellerFloating}`,
    );
    const transferred = await first.call('POST', '/b2b-site-management/v1/transfer-site', {
      account: ACCOUNTS.customerA,
      body: { siteTransfer: { siteId: SITES.yogaStudio, sourceAccountId: ACCOUNTS.reseller } },
    });
    expect([created.status, canceled.status, transferred.status]).toEqual([200, 200, 200]);
    await first.stop();

    const second = await start();
    const gotCreated = await second.call(
      'GET',
      `/resellers/v1/packages/${created.body.package.id}`,
    );
    const gotCanceled = await second.call(
      'GET',
      `/resellers/v1/packages/${PACKAGES.resellerFloating}`,
    );
    const sites = await second.call('POST', '/site-list/v2/sites/query', {
      account: ACCOUNTS.customerA,
      body: { query: { filter: { id: SITES.yogaStudio } } },
    });
    const replay = await second.call('POST', '/resellers/v2/packages', {
      body: {
        idempotencyKey: 'persisted-key',
        products: [
          {
            catalogProductId: PRODUCTS.businessBasic,
            siteId: SITES.bakeryDraft,
            countryCode: 'FR',
            billingInfo: MONTHLY,
          },
        ],
      },
    });
    expect(gotCreated.body).toEqual({ package: created.body.package });
    expect(gotCanceled.body).toEqual({ package: canceled.body.package });
    expect(sites.body.sites.map((s: { ownerAccountId: string }) => s.ownerAccountId)).toEqual([
      ACCOUNTS.customerA,
    ]);
    expect(replay.body).toEqual(created.body);
  });

  it('starts from the seed and writes the file when the path does not exist yet', async () => {
    const server = await start();
    await server.stop();
    const saved = JSON.parse(await readFile(statePath, 'utf8'));
    expect(saved).toEqual(
      expect.objectContaining({ ...createSeedState(), transitions: [], idempotency: [] }),
    );
  });

  it('writes atomically, leaving only the state file behind', async () => {
    const server = await start();
    for (let i = 0; i < 5; i++) {
      await server.call(
        'PATCH',
        `/resellers/v1/packages/update/${PACKAGES.resellerFloating}/ext-${i}`,
      );
    }
    expect(await readdir(dir)).toEqual(['state.json']);
    const saved = JSON.parse(await readFile(statePath, 'utf8'));
    expect(
      saved.packages.find((p: { id: string }) => p.id === PACKAGES.resellerFloating).externalId,
    ).toBe('ext-4');
  });

  it('keeps a scheduled PENDING → ENABLED transition across a restart', async () => {
    let clock = Date.parse('2025-06-01T00:00:00.000Z');
    const first = await start({ activationDelayMs: 1_000, now: () => clock });
    const created = await first.call('POST', '/resellers/v2/packages', {
      body: { products: [{ catalogProductId: PRODUCTS.logoOneTime, countryCode: 'US' }] },
    });
    await first.stop();
    clock += 1_000;
    const second = await start({ activationDelayMs: 1_000, now: () => clock });
    const got = await second.call('GET', `/resellers/v1/packages/${created.body.package.id}`);
    expect(got.body.package.productInstances[0].status).toBe('ENABLED');
  });

  it('persists a state replaced through PUT /_emulator/state and a reset', async () => {
    const first = await start();
    const state = (await first.call('GET', '/_emulator/state', { key: null, account: null })).body;
    state.packages = [];
    await first.call('PUT', '/_emulator/state', { key: null, account: null, body: state });
    await first.stop();
    const second = await start();
    const emptied = await second.call('POST', '/resellers/v1/packages/query', {
      body: { query: {} },
    });
    await second.call('POST', '/_emulator/reset', { key: null, account: null });
    await second.stop();
    const third = await start();
    const reseeded = await third.call('GET', `/resellers/v1/packages/${PACKAGES.resellerFloating}`);
    expect(emptied.body.packages).toEqual([]);
    expect(reseeded.status).toBe(200);
  });

  it('refuses to start on a corrupt state file and leaves the file untouched', async () => {
    await writeFile(statePath, '{"accounts": [', 'utf8');
    await expect(start()).rejects.toThrow(/state/i);
    expect(await readFile(statePath, 'utf8')).toBe('{"accounts": [');
  });
});
