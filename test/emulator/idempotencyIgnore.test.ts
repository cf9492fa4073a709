/**
 * `idempotency: 'ignore'` (`WIX_EMULATOR_IDEMPOTENCY=ignore`): the emulator as
 * an upstream that does not de-duplicate, which Wix's docs leave possible
 * (docs/wix-api.md "Idempotency"). A repeated key runs the write again.
 */
import { idempotencyModeFromEnv } from '../../src/emulator/index.js';
import { INSTANCES, outcome, PRODUCTS, SITES, useEmulator } from './harness.js';

const h = useEmulator({ idempotency: 'ignore' });

const CREATE = '/resellers/v2/packages';
const logo = {
  catalogProductId: PRODUCTS.logoOneTime,
  countryCode: 'US',
  billingInfo: { type: 'ONE_TIME' },
};

const stored = async () => (await h.admin('GET', '/_emulator/state')).body;

describe("idempotencyKey under idempotency 'ignore'", () => {
  it('provisions a second package when Create Package is repeated under the same key', async () => {
    const before = (await stored()).packages.length;
    const body = { idempotencyKey: 'create-twice', products: [logo] };
    const first = await h.call('POST', CREATE, { body });
    const second = await h.call('POST', CREATE, { body });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body.idempotencyKey).toBe('create-twice');
    expect(second.body.package.id).not.toBe(first.body.package.id);
    const after = await stored();
    expect(after.packages.length).toBe(before + 2);
    expect(after.idempotency).toEqual([]);
  });

  it('provisions again when the first answer was lost after the write', async () => {
    await h.admin('PUT', '/_emulator/faults', [
      { route: 'createPackage', kind: 'drop', after: true, times: 1 },
    ]);
    const before = (await stored()).packages.length;
    const body = { idempotencyKey: 'lost-answer', products: [logo] };
    const lost = await h.call('POST', CREATE, { body }).catch((error: unknown) => error);
    const resent = await h.call('POST', CREATE, { body });
    expect(String(lost)).toMatch(/fetch failed/);
    expect(resent.status).toBe(200);
    expect((await stored()).packages.length).toBe(before + 2);
  });

  it('runs a different request under a used key instead of answering 409', async () => {
    await h.call('POST', CREATE, { body: { idempotencyKey: 'reused', products: [logo] } });
    const res = await h.call(
      'PATCH',
      `/resellers/v1/packages/product-instances/${INSTANCES.floatingBasic}/${SITES.bakeryDraft}`,
      { body: { idempotencyKey: 'reused' } },
    );
    const other = await h.call('POST', CREATE, {
      body: { idempotencyKey: 'reused', products: [{ ...logo, countryCode: 'DE' }] },
    });
    expect([res.status, outcome(other).status]).toEqual([200, 200]);
  });
});

describe('WIX_EMULATOR_IDEMPOTENCY', () => {
  it.each([
    [undefined, 'replay'],
    ['', 'replay'],
    ['replay', 'replay'],
    ['ignore', 'ignore'],
  ])('reads %p as %p', (raw, mode) => {
    expect(idempotencyModeFromEnv({ WIX_EMULATOR_IDEMPOTENCY: raw })).toBe(mode);
  });

  it('refuses any other value, naming the variable', () => {
    expect(() => idempotencyModeFromEnv({ WIX_EMULATOR_IDEMPOTENCY: 'off' })).toThrow(
      'WIX_EMULATOR_IDEMPOTENCY must be one of replay, ignore, got "off"',
    );
  });
});
