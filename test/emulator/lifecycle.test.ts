import type { ProductInstance } from '../../src/wix-api/types.js';
import { PRODUCTS, SITES, sleep, useEmulator } from './harness.js';

const DELAY_MS = 5_000;
let clock = Date.parse('2025-06-01T12:00:00.000Z');

/** A manual clock: the activation delay elapses only when a test moves time. */
const h = useEmulator({ activationDelayMs: DELAY_MS, now: () => clock });

const MONTHLY = { type: 'RECURRING', cycleDuration: { unit: 'MONTH', count: 1 } };

async function createOne(catalogProductId: string, siteId?: string) {
  const product: Record<string, unknown> = {
    catalogProductId,
    countryCode: 'US',
    billingInfo: MONTHLY,
  };
  if (siteId) product.siteId = siteId;
  const res = await h.call('POST', '/resellers/v2/packages', { body: { products: [product] } });
  expect(res.status).toBe(200);
  return res.body.package.id as string;
}

async function instanceOf(packageId: string): Promise<ProductInstance> {
  const res = await h.call('GET', `/resellers/v1/packages/${packageId}`);
  return res.body.package.productInstances[0];
}

describe('instance lifecycle', () => {
  it('keeps a new instance PENDING until the activation delay has passed', async () => {
    const id = await createOne(PRODUCTS.businessBasic, SITES.bakeryDraft);
    clock += DELAY_MS - 1;
    expect((await instanceOf(id)).status).toBe('PENDING');
  });

  it('turns a new instance ENABLED once the delay has passed, dated at the transition', async () => {
    const createdAt = clock;
    const id = await createOne(PRODUCTS.businessBasic, SITES.bakeryDraft);
    clock += DELAY_MS;
    const instance = await instanceOf(id);
    expect(instance).toEqual(
      expect.objectContaining({
        status: 'ENABLED',
        createdDate: new Date(createdAt).toISOString(),
        updatedDate: new Date(createdAt + DELAY_MS).toISOString(),
      }),
    );
    expect(instance).not.toHaveProperty('failure');
  });

  it('shows the transition in Query Packages and Query Sites too', async () => {
    const id = await createOne(PRODUCTS.businessBasic, SITES.bakeryDraft);
    clock += DELAY_MS;
    const query = await h.call('POST', '/resellers/v1/packages/query', {
      body: { query: { filter: { 'productInstances.status': { $hasSome: ['ENABLED'] }, id } } },
    });
    const sites = await h.call('POST', '/site-list/v2/sites/query', {
      body: { query: { filter: { id: SITES.bakeryDraft } } },
    });
    expect(query.body.packages.map((p: { id: string }) => p.id)).toEqual([id]);
    expect(sites.body.sites[0].premium).toBe(true);
  });

  it('lands a product configured to fail in FAILED with its failure code', async () => {
    const id = await createOne(PRODUCTS.ascendFails, SITES.bakeryDraft);
    clock += DELAY_MS;
    expect(await instanceOf(id)).toEqual(
      expect.objectContaining({
        status: 'FAILED',
        failure: { code: 'EXTERNAL_FAILURE', message: expect.stringMatching(/\S/) },
      }),
    );
  });

  it('lets a cancel before the delay win over the activation', async () => {
    const id = await createOne(PRODUCTS.businessBasic, SITES.bakeryDraft);
    await h.call('DELETE', `/resellers/v1/packages/${id}`);
    clock += DELAY_MS;
    expect((await instanceOf(id)).status).toBe('CANCELED');
  });
});

describe('instance lifecycle on the real clock', () => {
  const real = useEmulator({ activationDelayMs: 100 });

  it('turns PENDING into ENABLED after the configured delay in real time', async () => {
    const res = await real.call('POST', '/resellers/v2/packages', {
      body: {
        products: [{ catalogProductId: PRODUCTS.logoOneTime, countryCode: 'US' }],
      },
    });
    expect(res.body.package.productInstances[0].status).toBe('PENDING');
    await sleep(200);
    const got = await real.call('GET', `/resellers/v1/packages/${res.body.package.id}`);
    expect(got.body.package.productInstances[0].status).toBe('ENABLED');
  });
});
