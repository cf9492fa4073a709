/**
 * Which package a Create Package whose answer was lost made: the matching
 * that decides between adopting a package, sending again, and giving up.
 */
import { CLOCK_SKEW_MS, matchCreatedPackage } from '../../src/datasources/matchCreatedPackage.js';
import type { Package } from '../../src/wix-api/types.js';

const ACCOUNT = 'acc00000-0000-4000-8000-00000000000a';
const OTHER_ACCOUNT = 'acc00000-0000-4000-8000-00000000000b';
const LOGO = 'cat00000-0000-4000-8000-000000000001';
const PLAN = 'cat00000-0000-4000-8000-000000000002';
const SITE = 'site0000-0000-4000-8000-000000000001';
const SENT_AT = Date.parse('2026-12-02T15:00:00.000Z');

let ids = 0;
function pkg(overrides: Partial<Package> & { products?: [string, string?][] } = {}): Package {
  const { products = [[LOGO]], ...rest } = overrides;
  ids += 1;
  return {
    id: `pkg00000-0000-4000-8000-${String(ids).padStart(12, '0')}`,
    accountId: ACCOUNT,
    createdDate: new Date(SENT_AT + 200).toISOString(),
    updatedDate: new Date(SENT_AT + 200).toISOString(),
    productInstances: products.map(([catalogProductId, siteId], i) => ({
      instanceId: `ins00000-0000-4000-8000-${String(ids * 10 + i).padStart(12, '0')}`,
      catalogProductId,
      ...(siteId && { siteId }),
      status: 'PENDING',
      createdDate: new Date(SENT_AT + 200).toISOString(),
      updatedDate: new Date(SENT_AT + 200).toISOString(),
    })),
    ...rest,
  } as Package;
}

const sent = (externalId?: string, products = [{ catalogProductId: LOGO, countryCode: 'US' }]) => ({
  accountId: ACCOUNT,
  sentAt: SENT_AT,
  request: { externalId, products },
});

describe('matchCreatedPackage', () => {
  it('finds nothing when no package was created: the create may be sent again', () => {
    expect(matchCreatedPackage([], sent('order-1'))).toEqual({ found: 'absent' });
  });

  it('adopts the single package with the externalId, products and account', () => {
    const created = pkg({ externalId: 'order-1' });
    expect(matchCreatedPackage([created], sent('order-1'))).toEqual({
      found: 'landed',
      value: created,
    });
  });

  it('adopts the single identical package when no externalId was given', () => {
    const created = pkg();
    const unrelated = pkg({ externalId: 'someone-else' });
    expect(matchCreatedPackage([unrelated, created], sent())).toEqual({
      found: 'landed',
      value: created,
    });
  });

  it('gives up, naming the candidates, when several packages match', () => {
    const a = pkg({ externalId: 'order-1' });
    const b = pkg({ externalId: 'order-1' });
    const check = matchCreatedPackage([a, b], sent('order-1'));
    expect(check).toEqual({
      found: 'ambiguous',
      detail: expect.stringContaining('2 packages with the same products, sites and externalId'),
      extensions: { candidatePackageIds: [a.id, b.id] },
    });
  });

  it('compares products as a multiset of product and site, in any order', () => {
    const products = [
      { catalogProductId: PLAN, siteId: SITE, countryCode: 'US' },
      { catalogProductId: LOGO, countryCode: 'US' },
      { catalogProductId: LOGO, countryCode: 'US' },
    ];
    const created = pkg({ products: [[LOGO], [PLAN, SITE], [LOGO]] });
    const fewer = pkg({ products: [[LOGO], [PLAN, SITE]] });
    const otherSite = pkg({ products: [[LOGO], [PLAN], [LOGO]] });
    expect(matchCreatedPackage([fewer, otherSite, created], sent(undefined, products))).toEqual({
      found: 'landed',
      value: created,
    });
  });

  it('ignores packages of another account, with another externalId, or older than the send', () => {
    const candidates = [
      pkg({ externalId: 'order-1', accountId: OTHER_ACCOUNT }),
      pkg({ externalId: 'order-2' }),
      pkg({ externalId: 'order-1', products: [[PLAN]] }),
      pkg({
        externalId: 'order-1',
        createdDate: new Date(SENT_AT - CLOCK_SKEW_MS - 1).toISOString(),
      }),
    ];
    expect(matchCreatedPackage(candidates, sent('order-1'))).toEqual({ found: 'absent' });
  });

  it("allows for Wix's clock being behind the gateway's by up to CLOCK_SKEW_MS", () => {
    const created = pkg({
      externalId: 'order-1',
      createdDate: new Date(SENT_AT - CLOCK_SKEW_MS).toISOString(),
    });
    expect(matchCreatedPackage([created], sent('order-1'))).toEqual({
      found: 'landed',
      value: created,
    });
  });

  it('does not take a package with an externalId for a create without one', () => {
    expect(matchCreatedPackage([pkg({ externalId: 'order-1' })], sent())).toEqual({
      found: 'absent',
    });
  });
});
