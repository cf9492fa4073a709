import { createSeedState, SEED_IDS } from '../../../src/emulator/seed.js';
import { recomputePremium } from '../../../src/emulator/sites/premium.js';

describe('seed', () => {
  it('is consistent with the premium rule', () => {
    const state = createSeedState();
    const before = state.sites.map((s) => [s.id, s.premium]);
    recomputePremium(state, '2030-01-01T00:00:00.000Z');
    expect(state.sites.map((s) => [s.id, s.premium])).toEqual(before);
  });

  it('uses unique lower-case GUIDs', () => {
    const all = Object.values(SEED_IDS).flatMap((group) => Object.values(group));
    expect(new Set(all).size).toBe(all.length);
    for (const id of all)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('holds instances in every status', () => {
    const statuses = new Set(
      createSeedState().packages.flatMap((p) => p.productInstances.map((i) => i.status)),
    );
    expect([...statuses].sort()).toEqual([
      'AWAITING_ACTION',
      'CANCELED',
      'ENABLED',
      'FAILED',
      'PENDING',
    ]);
  });
});
