import type { Package } from '../../src/wix-api/types.js';
import {
  ACCOUNTS,
  applicationError,
  createSeedState,
  INSTANCES,
  outcome,
  PACKAGES,
  PRODUCTS,
  seedFamily,
  SITES,
  UNKNOWN_ID,
  useEmulator,
  validationError,
} from './harness.js';

const h = useEmulator();

const QUERY = '/resellers/v1/packages/query';

const newestFirst = (a: Package, b: Package) =>
  b.createdDate.localeCompare(a.createdDate) || a.id.localeCompare(b.id);

/** The seed packages of `accountId`'s family, in the default order (createdDate DESC). */
function familyPackages(accountId: string, keep: (p: Package) => boolean = () => true): Package[] {
  const family = seedFamily(accountId);
  return createSeedState()
    .packages.filter((p) => family.includes(p.accountId) && keep(p))
    .sort(newestFirst);
}

const ids = (packages: Package[]) => packages.map((p) => p.id);
const instanceValues = (p: Package, read: (i: Package['productInstances'][0]) => unknown) =>
  p.productInstances.map(read);

describe('Query Packages scope', () => {
  it("returns the whole family's packages newest first for the parent account", async () => {
    const res = await h.call('POST', QUERY, { body: { query: {} } });
    const expected = familyPackages(ACCOUNTS.reseller);
    expect(outcome(res)).toEqual({
      status: 200,
      body: {
        metadata: { count: expected.length, cursors: {}, hasNext: false },
        packages: expected,
      },
    });
    expect(new Set(expected.map((p) => p.accountId)).size).toBeGreaterThan(1);
  });

  it("returns the parent family's packages when the header holds a sub-account", async () => {
    const res = await h.call('POST', QUERY, { account: ACCOUNTS.customerB, body: { query: {} } });
    expect(res.status).toBe(200);
    expect(res.body.packages).toEqual(familyPackages(ACCOUNTS.reseller));
  });

  it('narrows to one sub-account with an accountId filter', async () => {
    const res = await h.call('POST', QUERY, {
      body: { query: { filter: { accountId: { $eq: ACCOUNTS.customerA } } } },
    });
    expect(res.body.packages).toEqual(
      familyPackages(ACCOUNTS.reseller, (p) => p.accountId === ACCOUNTS.customerA),
    );
  });

  it("never returns an unrelated account's packages, even when filtered by id", async () => {
    const res = await h.call('POST', QUERY, {
      body: { query: { filter: { id: { $in: [PACKAGES.outsiderVip, PACKAGES.customerABasic] } } } },
    });
    expect(ids(res.body.packages)).toEqual([PACKAGES.customerABasic]);
    expect(JSON.stringify(res.body)).not.toContain(ACCOUNTS.outsider);
  });

  it('gives an unrelated account only its own packages', async () => {
    const res = await h.call('POST', QUERY, { account: ACCOUNTS.outsider, body: { query: {} } });
    expect(res.body.packages).toEqual(familyPackages(ACCOUNTS.outsider));
  });

  it('lists a newly created package first', async () => {
    const created = await h.call('POST', '/resellers/v2/packages', {
      account: ACCOUNTS.customerC,
      body: { products: [{ catalogProductId: PRODUCTS.logoOneTime, countryCode: 'NL' }] },
    });
    const res = await h.call('POST', QUERY, { body: { query: { cursorPaging: { limit: 1 } } } });
    expect(res.body.packages).toEqual([created.body.package]);
  });

  it('answers a missing query with 400', async () => {
    const res = await h.call('POST', QUERY, { body: {} });
    expect(outcome(res)).toEqual({ status: 400, body: validationError('query') });
  });

  it('answers an unknown account with 404 ACCOUNT_NOT_FOUND', async () => {
    const res = await h.call('POST', QUERY, { account: UNKNOWN_ID, body: { query: {} } });
    expect(outcome(res)).toEqual({ status: 404, body: applicationError('ACCOUNT_NOT_FOUND') });
  });
});

describe('Query Packages filters', () => {
  const seedDate = (id: string) =>
    createSeedState().packages.find((p) => p.id === id)?.createdDate as string;
  const pivot = seedDate(PACKAGES.resellerFailedAscend);

  it.each<[string, Record<string, unknown>, (p: Package) => boolean]>([
    [
      'id $eq',
      { id: { $eq: PACKAGES.resellerFloating } },
      (p) => p.id === PACKAGES.resellerFloating,
    ],
    ['id shorthand', { id: PACKAGES.resellerFloating }, (p) => p.id === PACKAGES.resellerFloating],
    [
      'id $ne',
      { id: { $ne: PACKAGES.resellerFloating } },
      (p) => p.id !== PACKAGES.resellerFloating,
    ],
    [
      'id $in',
      { id: { $in: [PACKAGES.resellerFloating, PACKAGES.customerBUnlimited] } },
      (p) => p.id === PACKAGES.resellerFloating || p.id === PACKAGES.customerBUnlimited,
    ],
    [
      'accountId $ne',
      { accountId: { $ne: ACCOUNTS.reseller } },
      (p) => p.accountId !== ACCOUNTS.reseller,
    ],
    [
      'accountId $in',
      { accountId: { $in: [ACCOUNTS.customerA, ACCOUNTS.customerB] } },
      (p) => p.accountId === ACCOUNTS.customerA || p.accountId === ACCOUNTS.customerB,
    ],
    [
      'externalId $eq',
      { externalId: { $eq: 'crm-sub-1002' } },
      (p) => p.externalId === 'crm-sub-1002',
    ],
    [
      'externalId $exists false',
      { externalId: { $exists: false } },
      (p) => p.externalId === undefined,
    ],
    [
      'externalId $exists true',
      { externalId: { $exists: true } },
      (p) => p.externalId !== undefined,
    ],
    ['createdDate $gt', { createdDate: { $gt: pivot } }, (p) => p.createdDate > pivot],
    ['createdDate $lte', { createdDate: { $lte: pivot } }, (p) => p.createdDate <= pivot],
    ['createdDate $eq', { createdDate: { $eq: pivot } }, (p) => p.createdDate === pivot],
    ['updatedDate $lt', { updatedDate: { $lt: pivot } }, (p) => p.updatedDate < pivot],
    ['updatedDate $gte', { updatedDate: { $gte: pivot } }, (p) => p.updatedDate >= pivot],
    [
      'productInstances.siteId $hasSome',
      { 'productInstances.siteId': { $hasSome: [SITES.dentalClinic, SITES.customerAShop] } },
      (p) =>
        instanceValues(p, (i) => i.siteId).some(
          (s) => s === SITES.dentalClinic || s === SITES.customerAShop,
        ),
    ],
    [
      'productInstances.instanceId $hasSome',
      { 'productInstances.instanceId': { $hasSome: [INSTANCES.floatingBasic] } },
      (p) => p.id === PACKAGES.resellerFloating,
    ],
    [
      'productInstances.catalogProductId $hasAll',
      {
        'productInstances.catalogProductId': {
          $hasAll: [PRODUCTS.businessUnlimited, PRODUCTS.workspaceMailbox],
        },
      },
      (p) =>
        instanceValues(p, (i) => i.catalogProductId).includes(PRODUCTS.businessUnlimited) &&
        instanceValues(p, (i) => i.catalogProductId).includes(PRODUCTS.workspaceMailbox),
    ],
    [
      'productInstances.status $hasSome',
      { 'productInstances.status': { $hasSome: ['FAILED', 'AWAITING_ACTION'] } },
      (p) =>
        instanceValues(p, (i) => i.status).some((s) => s === 'FAILED' || s === 'AWAITING_ACTION'),
    ],
    [
      'productInstances.status $hasAll',
      { 'productInstances.status': { $hasAll: ['CANCELED'] } },
      (p) => instanceValues(p, (i) => i.status).includes('CANCELED'),
    ],
    [
      'productInstances.failure.code $hasSome',
      { 'productInstances.failure.code': { $hasSome: ['DELIVERY_TIMEOUT'] } },
      (p) => p.id === PACKAGES.resellerFailedAscend,
    ],
    [
      'productInstances.billingInfo.cycleDuration.unit $hasSome',
      { 'productInstances.billingInfo.cycleDuration.unit': { $hasSome: ['MONTH'] } },
      (p) => instanceValues(p, (i) => i.billingInfo?.cycleDuration?.unit).includes('MONTH'),
    ],
    [
      'productInstances.countryCode $hasSome',
      { 'productInstances.countryCode': { $hasSome: ['IT', 'DE'] } },
      (p) => instanceValues(p, (i) => i.countryCode).some((c) => c === 'IT' || c === 'DE'),
    ],
    [
      'two fields at once (implicit AND)',
      { accountId: ACCOUNTS.reseller, 'productInstances.status': { $hasSome: ['ENABLED'] } },
      (p) =>
        p.accountId === ACCOUNTS.reseller && instanceValues(p, (i) => i.status).includes('ENABLED'),
    ],
  ])('filters by %s', async (_name, filter, keep) => {
    const res = await h.call('POST', QUERY, { body: { query: { filter } } });
    const expected = familyPackages(ACCOUNTS.reseller, keep);
    expect(outcome(res)).toEqual({
      status: 200,
      body: {
        metadata: { count: expected.length, cursors: {}, hasNext: false },
        packages: expected,
      },
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      '$startsWith on externalId',
      { externalId: { $startsWith: 'crm' } },
      'query.filter.externalId.$startsWith',
    ],
    ['$gt on id', { id: { $gt: PACKAGES.resellerFloating } }, 'query.filter.id.$gt'],
    [
      '$in on createdDate',
      { createdDate: { $in: ['2024-01-10T10:00:00.000Z'] } },
      'query.filter.createdDate.$in',
    ],
    [
      '$exists on createdDate',
      { createdDate: { $exists: true } },
      'query.filter.createdDate.$exists',
    ],
    [
      '$eq on a nested instance path',
      { 'productInstances.siteId': { $eq: SITES.dentalClinic } },
      'query.filter.productInstances.siteId.$eq',
    ],
    [
      'shorthand equality on a nested instance path',
      { 'productInstances.status': 'ENABLED' },
      'query.filter.productInstances.status.$eq',
    ],
    [
      '$nin on accountId',
      { accountId: { $nin: [ACCOUNTS.customerA] } },
      'query.filter.accountId.$nin',
    ],
    [
      '$contains on externalId',
      { externalId: { $contains: 'crm' } },
      'query.filter.externalId.$contains',
    ],
    ['a field outside the table', { status: 'ENABLED' }, 'query.filter.status'],
    ['$and', { $and: [{ accountId: ACCOUNTS.customerA }] }, 'query.filter.$and'],
    ['$or', { $or: [{ accountId: ACCOUNTS.customerA }] }, 'query.filter.$or'],
    ['$not', { $not: { accountId: ACCOUNTS.customerA } }, 'query.filter.$not'],
    [
      'a date that is not a date',
      { createdDate: { $gt: 'yesterday' } },
      'query.filter.createdDate.$gt',
    ],
    [
      '$hasSome without an array',
      { 'productInstances.status': { $hasSome: 'ENABLED' } },
      'query.filter.productInstances.status.$hasSome',
    ],
  ])('rejects %s with 400', async (_name, filter, field) => {
    const res = await h.call('POST', QUERY, { body: { query: { filter } } });
    expect(outcome(res)).toEqual({ status: 400, body: validationError(field) });
  });

  it('rejects a filter that is not an object with 400', async () => {
    const res = await h.call('POST', QUERY, { body: { query: { filter: ['id'] } } });
    expect(outcome(res)).toEqual({ status: 400, body: validationError('query.filter') });
  });
});

describe('Query Packages sorting', () => {
  it.each([
    ['createdDate', 'ASC'],
    ['createdDate', 'DESC'],
    ['updatedDate', 'ASC'],
    ['updatedDate', 'DESC'],
  ] as const)('sorts by %s %s', async (fieldName, order) => {
    const res = await h.call('POST', QUERY, { body: { query: { sort: [{ fieldName, order }] } } });
    const sign = order === 'ASC' ? 1 : -1;
    const expected = familyPackages(ACCOUNTS.reseller).sort(
      (a, b) => sign * a[fieldName].localeCompare(b[fieldName]) || a.id.localeCompare(b.id),
    );
    expect(res.status).toBe(200);
    expect(ids(res.body.packages)).toEqual(ids(expected));
  });

  it.each(['id', 'externalId', 'accountId', 'productInstances.createdDate'])(
    'rejects sorting by %s with 400',
    async (fieldName) => {
      const res = await h.call('POST', QUERY, { body: { query: { sort: [{ fieldName }] } } });
      expect(outcome(res)).toEqual({
        status: 400,
        body: validationError('query.sort[0].fieldName'),
      });
    },
  );
});

describe('Query Packages paging', () => {
  async function walk(limit: number, query: Record<string, unknown> = {}) {
    const pages: Package[][] = [];
    let res = await h.call('POST', QUERY, {
      body: { query: { ...query, cursorPaging: { limit } } },
    });
    for (let i = 0; i < 50; i++) {
      expect(res.status).toBe(200);
      expect(res.body.metadata.count).toBe(res.body.packages.length);
      pages.push(res.body.packages);
      const next = res.body.metadata.cursors.next;
      if (!next) {
        expect(res.body.metadata.hasNext).toBe(false);
        break;
      }
      res = await h.call('POST', QUERY, {
        body: { query: { cursorPaging: { limit, cursor: next } } },
      });
    }
    return pages;
  }

  it('walks every page with cursors.next, without duplicates or gaps', async () => {
    const pages = await walk(2);
    const expected = familyPackages(ACCOUNTS.reseller);
    expect(pages.flat()).toEqual(expected);
    expect(pages.map((p) => p.length)).toEqual(
      Array.from({ length: Math.ceil(expected.length / 2) }, (_, i) =>
        Math.min(2, expected.length - i * 2),
      ),
    );
  });

  it('walks back from the last page to the first with cursors.prev, meeting the forward walk', async () => {
    const forward = await walk(3);
    let res = await h.call('POST', QUERY, { body: { query: { cursorPaging: { limit: 3 } } } });
    while (res.body.metadata.cursors.next) {
      res = await h.call('POST', QUERY, {
        body: { query: { cursorPaging: { limit: 3, cursor: res.body.metadata.cursors.next } } },
      });
    }
    const backward: Package[][] = [res.body.packages];
    while (res.body.metadata.cursors.prev) {
      res = await h.call('POST', QUERY, {
        body: { query: { cursorPaging: { limit: 3, cursor: res.body.metadata.cursors.prev } } },
      });
      expect(res.body.metadata.hasNext).toBe(true);
      backward.unshift(res.body.packages);
    }
    expect(backward).toEqual(forward);
    expect(forward.length).toBeGreaterThan(2);
  });

  it('keeps the filter and sort of the first page across cursors', async () => {
    const filter = { 'productInstances.status': { $hasSome: ['ENABLED'] } };
    const sort = [{ fieldName: 'createdDate', order: 'ASC' }];
    const pages = await walk(1, { filter, sort });
    const expected = familyPackages(ACCOUNTS.reseller, (p) =>
      p.productInstances.some((i) => i.status === 'ENABLED'),
    ).reverse();
    expect(ids(pages.flat())).toEqual(ids(expected));
  });

  it('does not skip or repeat packages when one is created between pages', async () => {
    const first = await h.call('POST', QUERY, { body: { query: { cursorPaging: { limit: 3 } } } });
    await h.call('POST', '/resellers/v2/packages', {
      body: { products: [{ catalogProductId: PRODUCTS.logoOneTime, countryCode: 'US' }] },
    });
    const rest = await h.call('POST', QUERY, {
      body: { query: { cursorPaging: { limit: 100, cursor: first.body.metadata.cursors.next } } },
    });
    expect(ids([...first.body.packages, ...rest.body.packages])).toEqual(
      ids(familyPackages(ACCOUNTS.reseller)),
    );
  });

  it('returns at most 100 packages a page by default', async () => {
    const products = [{ catalogProductId: PRODUCTS.logoOneTime, countryCode: 'US' }];
    await Promise.all(
      Array.from({ length: 95 }, () =>
        h.call('POST', '/resellers/v2/packages', { body: { products } }),
      ),
    );
    const res = await h.call('POST', QUERY, { body: { query: {} } });
    expect(res.body.metadata).toEqual({
      count: 100,
      cursors: { next: expect.any(String) },
      hasNext: true,
    });
  });

  it('accepts a limit of 100 and rejects 101 with 400', async () => {
    const ok = await h.call('POST', QUERY, { body: { query: { cursorPaging: { limit: 100 } } } });
    const tooMany = await h.call('POST', QUERY, {
      body: { query: { cursorPaging: { limit: 101 } } },
    });
    expect(ok.status).toBe(200);
    expect(outcome(tooMany)).toEqual({
      status: 400,
      body: validationError('query.cursorPaging.limit'),
    });
  });

  it.each([
    ['a filter', { filter: { accountId: ACCOUNTS.customerA } }],
    ['a sort', { sort: [{ fieldName: 'createdDate', order: 'ASC' }] }],
  ])('rejects a cursor sent with %s as an invalid cursor (400)', async (_name, extra) => {
    const first = await h.call('POST', QUERY, { body: { query: { cursorPaging: { limit: 2 } } } });
    const res = await h.call('POST', QUERY, {
      body: { query: { ...extra, cursorPaging: { cursor: first.body.metadata.cursors.next } } },
    });
    expect(outcome(res)).toEqual({
      status: 400,
      body: validationError('query.cursorPaging.cursor'),
    });
  });

  it('rejects a cursor made for another account with 400', async () => {
    const first = await h.call('POST', QUERY, { body: { query: { cursorPaging: { limit: 2 } } } });
    const res = await h.call('POST', QUERY, {
      account: ACCOUNTS.outsider,
      body: { query: { cursorPaging: { cursor: first.body.metadata.cursors.next } } },
    });
    expect(outcome(res)).toEqual({
      status: 400,
      body: validationError('query.cursorPaging.cursor'),
    });
  });

  it('pages by offset with total counts and no cursors', async () => {
    const expected = familyPackages(ACCOUNTS.reseller);
    const res = await h.call('POST', QUERY, {
      body: { query: { paging: { limit: 4, offset: 4 } } },
    });
    expect(outcome(res)).toEqual({
      status: 200,
      body: {
        metadata: {
          count: 4,
          offset: 4,
          total: expected.length,
          tooManyToCount: false,
          hasNext: expected.length > 8,
        },
        packages: expected.slice(4, 8),
      },
    });
  });

  it('rejects offset paging above 100 a page with 400', async () => {
    const res = await h.call('POST', QUERY, { body: { query: { paging: { limit: 101 } } } });
    expect(outcome(res)).toEqual({ status: 400, body: validationError('query.paging.limit') });
  });

  it('rejects paging and cursorPaging together with 400', async () => {
    const res = await h.call('POST', QUERY, {
      body: { query: { paging: { limit: 1 }, cursorPaging: { limit: 1 } } },
    });
    expect(outcome(res)).toEqual({ status: 400, body: validationError('query.paging') });
  });

  it('rejects a negative offset with 400', async () => {
    const res = await h.call('POST', QUERY, { body: { query: { paging: { offset: -1 } } } });
    expect(outcome(res)).toEqual({ status: 400, body: validationError('query.paging.offset') });
  });
});
