import {
  ACCOUNTS,
  applicationError,
  INSTANCES,
  outcome,
  PACKAGES,
  PRODUCTS,
  SITES,
  useEmulator,
} from './harness.js';

const h = useEmulator();

const CREATE = '/resellers/v2/packages';
const instancePath = (id: string) => `/resellers/v1/packages/product-instances/${id}`;

const YEARLY = { type: 'RECURRING', cycleDuration: { unit: 'YEAR', count: 1 } };
const basicOn = (siteId: string) => ({
  catalogProductId: PRODUCTS.businessBasic,
  siteId,
  countryCode: 'US',
  billingInfo: YEARLY,
});

const packageCount = async () =>
  (await h.admin('GET', '/_emulator/state')).body.packages.length as number;

describe('idempotencyKey', () => {
  it('replays the first Create Package result for the same key and body, creating one package', async () => {
    const body = { idempotencyKey: 'create-once', products: [basicOn(SITES.bakeryDraft)] };
    const before = await packageCount();
    const first = await h.call('POST', CREATE, { body });
    const second = await h.call('POST', CREATE, { body });
    expect(outcome(second)).toEqual(outcome(first));
    expect(first.status).toBe(200);
    expect(await packageCount()).toBe(before + 1);
  });

  it('treats the same body with keys in another order as the same request', async () => {
    const first = await h.call('POST', CREATE, {
      body: { idempotencyKey: 'order', externalId: 'x', products: [basicOn(SITES.bakeryDraft)] },
    });
    const second = await h.call('POST', CREATE, {
      body: { products: [basicOn(SITES.bakeryDraft)], externalId: 'x', idempotencyKey: 'order' },
    });
    expect(second.body).toEqual(first.body);
  });

  it('answers the same key with a different body with 409 IDEMPOTENCY_KEY_REUSED and changes nothing', async () => {
    await h.call('POST', CREATE, {
      body: { idempotencyKey: 'reused', products: [basicOn(SITES.bakeryDraft)] },
    });
    const stateBefore = (await h.admin('GET', '/_emulator/state')).body;
    const res = await h.call('POST', CREATE, {
      body: { idempotencyKey: 'reused', products: [basicOn(SITES.yogaStudio)] },
    });
    const stateAfter = (await h.admin('GET', '/_emulator/state')).body;
    expect(outcome(res)).toEqual({
      status: 409,
      body: applicationError('IDEMPOTENCY_KEY_REUSED', { idempotencyKey: 'reused' }),
    });
    expect(stateAfter.packages).toEqual(stateBefore.packages);
  });

  it('returns the first result even after the package changed since', async () => {
    const body = { idempotencyKey: 'then-cancel', products: [basicOn(SITES.bakeryDraft)] };
    const first = await h.call('POST', CREATE, { body });
    await h.call('DELETE', `/resellers/v1/packages/${first.body.package.id}`);
    const replay = await h.call('POST', CREATE, { body });
    const stored = await h.storedPackage(first.body.package.id);
    expect(replay.body).toEqual(first.body);
    expect(stored.productInstances[0].status).toBe('CANCELED');
  });

  it('records nothing for a failed request, so the key can be retried with a fixed body', async () => {
    const failed = await h.call('POST', CREATE, {
      body: {
        idempotencyKey: 'retry-me',
        products: [{ catalogProductId: PRODUCTS.businessBasic, countryCode: 'US' }],
      },
    });
    const fixed = await h.call('POST', CREATE, {
      body: { idempotencyKey: 'retry-me', products: [basicOn(SITES.bakeryDraft)] },
    });
    expect([failed.status, fixed.status]).toEqual([428, 200]);
  });

  it('scopes keys per account', async () => {
    const a = await h.call('POST', CREATE, {
      account: ACCOUNTS.customerA,
      body: { idempotencyKey: 'shared', products: [basicOn(SITES.customerABlog)] },
    });
    const b = await h.call('POST', CREATE, {
      account: ACCOUNTS.customerB,
      body: { idempotencyKey: 'shared', products: [basicOn(SITES.customerBEvents)] },
    });
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.package.id).not.toBe(b.body.package.id);
  });

  it('scopes keys per endpoint', async () => {
    const created = await h.call('POST', CREATE, {
      body: { idempotencyKey: 'multi-use', products: [basicOn(SITES.bakeryDraft)] },
    });
    const canceled = await h.call('DELETE', `/resellers/v1/packages/${PACKAGES.resellerFloating}`, {
      body: { idempotencyKey: 'multi-use' },
    });
    expect([created.status, canceled.status]).toEqual([200, 200]);
  });

  it('replays an Assign with the same key and target, and refuses the key for another site', async () => {
    const path = (site: string) => `${instancePath(INSTANCES.floatingUnlimited)}/${site}`;
    const first = await h.call('PATCH', path(SITES.bakeryDraft), {
      body: { idempotencyKey: 'move' },
    });
    const replay = await h.call('PATCH', path(SITES.bakeryDraft), {
      body: { idempotencyKey: 'move' },
    });
    const other = await h.call('PATCH', path(SITES.yogaStudio), {
      body: { idempotencyKey: 'move' },
    });
    expect(outcome(replay)).toEqual(outcome(first));
    expect(outcome(other)).toEqual({
      status: 409,
      body: applicationError('IDEMPOTENCY_KEY_REUSED', { idempotencyKey: 'move' }),
    });
    const stored = await h.storedPackage(PACKAGES.resellerFloating);
    expect(
      stored.productInstances.find((i) => i.instanceId === INSTANCES.floatingUnlimited)?.siteId,
    ).toBe(SITES.bakeryDraft);
  });

  it('replays an Adjust without touching updatedDate again', async () => {
    const body = { idempotencyKey: 'upgrade', catalogProductId: PRODUCTS.businessVip };
    const first = await h.call('PATCH', instancePath(INSTANCES.unlimitedOnDentalClinic), { body });
    const storedAfterFirst = await h.storedPackage(PACKAGES.resellerUnlimitedWithDomain);
    const replay = await h.call('PATCH', instancePath(INSTANCES.unlimitedOnDentalClinic), { body });
    expect(replay.body).toEqual(first.body);
    expect(await h.storedPackage(PACKAGES.resellerUnlimitedWithDomain)).toEqual(storedAfterFirst);
  });

  it('replays Unassign and Cancel Product Instance with the same key', async () => {
    const unassign1 = await h.call(
      'PATCH',
      `${instancePath(INSTANCES.vipOnAgencyPortfolio)}/unassign`,
      {
        body: { idempotencyKey: 'u' },
      },
    );
    const unassign2 = await h.call(
      'PATCH',
      `${instancePath(INSTANCES.vipOnAgencyPortfolio)}/unassign`,
      {
        body: { idempotencyKey: 'u' },
      },
    );
    const cancel1 = await h.call('DELETE', instancePath(INSTANCES.mailboxFloating), {
      body: { idempotencyKey: 'c' },
    });
    const cancel2 = await h.call('DELETE', instancePath(INSTANCES.mailboxFloating), {
      body: { idempotencyKey: 'c' },
    });
    // Without the key the second unassign would be 428 MISSING_SITE_ID.
    expect([unassign1.status, unassign2.status, cancel1.status, cancel2.status]).toEqual([
      200, 200, 200, 200,
    ]);
    expect(unassign2.body).toEqual(unassign1.body);
    expect(cancel2.body).toEqual(cancel1.body);
  });

  it('reads the key of a DELETE from the query string and echoes it', async () => {
    const res = await h.call(
      'DELETE',
      `/resellers/v1/packages/${PACKAGES.resellerFloating}?idempotencyKey=q-key`,
    );
    expect(res.status).toBe(200);
    expect(res.body.idempotencyKey).toBe('q-key');
  });

  it('returns the first result to a retry after the response was lost, creating one package', async () => {
    const faults = await h.admin('PUT', '/_emulator/faults', {
      rules: [{ route: 'createPackage', kind: 'drop', after: true, times: 1 }],
    });
    expect(faults.status).toBe(200);
    const before = await packageCount();
    const body = { idempotencyKey: 'lost-response', products: [basicOn(SITES.bakeryDraft)] };
    await expect(h.call('POST', CREATE, { body })).rejects.toThrow();
    const retry = await h.call('POST', CREATE, { body });
    expect(retry.status).toBe(200);
    expect(await packageCount()).toBe(before + 1);
    const state = (await h.admin('GET', '/_emulator/state')).body;
    expect(state.packages.at(-1).id).toBe(retry.body.package.id);
  });
});
