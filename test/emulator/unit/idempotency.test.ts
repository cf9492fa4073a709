import { runIdempotent, stableStringify } from '../../../src/emulator/idempotency.js';
import { WixError } from '../../../src/emulator/errors.js';
import { createSeedState } from '../../../src/emulator/seed.js';

describe('stableStringify', () => {
  it('ignores key order and undefined members', () => {
    expect(stableStringify({ b: 1, a: [{ d: 2, c: undefined }] })).toBe(
      stableStringify({ a: [{ d: 2 }], b: 1 }),
    );
  });
});

describe('runIdempotent', () => {
  const call = { accountId: 'acc', route: 'createPackage', key: 'k' };

  it('replays the first response for the same key and request without running again', () => {
    const state = createSeedState();
    let runs = 0;
    const first = runIdempotent(state, { ...call, request: { a: 1 } }, 'now', () => ({
      n: ++runs,
    }));
    const second = runIdempotent(state, { ...call, request: { a: 1 } }, 'now', () => ({
      n: ++runs,
    }));
    expect(first).toEqual({ response: { n: 1 }, replayed: false });
    expect(second).toEqual({ response: { n: 1 }, replayed: true });
  });

  it('answers 409 IDEMPOTENCY_KEY_REUSED for the same key with another request', () => {
    const state = createSeedState();
    runIdempotent(state, { ...call, request: { a: 1 } }, 'now', () => 1);
    expect(() => runIdempotent(state, { ...call, request: { a: 2 } }, 'now', () => 2)).toThrow(
      WixError,
    );
  });

  it('scopes keys per account and route', () => {
    const state = createSeedState();
    runIdempotent(state, { ...call, request: { a: 1 } }, 'now', () => 1);
    expect(
      runIdempotent(state, { ...call, route: 'other', request: { a: 2 } }, 'now', () => 2).response,
    ).toBe(2);
    expect(
      runIdempotent(state, { ...call, accountId: 'b', request: { a: 2 } }, 'now', () => 3).response,
    ).toBe(3);
  });

  it('records nothing when the call fails, so the key can be retried', () => {
    const state = createSeedState();
    expect(() =>
      runIdempotent(state, { ...call, request: {} }, 'now', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(state.idempotency).toEqual([]);
  });
});
