import type { Site } from '../../src/wix-api/types.js';
import {
  ACCOUNTS,
  applicationError,
  createSeedState,
  type HttpResponse,
  outcome,
  SEED_IDS,
  SITES,
  UNKNOWN_ID,
  useEmulator,
  validationError,
} from './harness.js';

const h = useEmulator();

const QUERY = '/site-list/v2/sites/query';
const COUNT = '/site-list/v2/sites/count';

/**
 * The seed's sites of `accountId` as Query Sites lists them by default: the
 * `WIX` and `SITELESS_BUSINESS` namespaces (docs/wix-api.md "Which sites are
 * listed"), newest first (README choice for the unconfirmed default sort).
 */
function listed(accountId: string, keep: (s: Site) => boolean = () => true): Site[] {
  return createSeedState()
    .sites.filter(
      (s) =>
        s.ownerAccountId === accountId &&
        ['WIX', 'SITELESS_BUSINESS'].includes(s.namespace) &&
        keep(s),
    )
    .sort((a, b) => b.createdDate.localeCompare(a.createdDate));
}

const APPS = SEED_IDS.apps;

describe('Query Sites', () => {
  it("lists the calling account's WIX sites newest first with whole site objects", async () => {
    const res = await h.call('POST', QUERY, { body: {} });
    const expected = listed(ACCOUNTS.reseller);
    expect(outcome(res)).toEqual({
      status: 200,
      body: {
        sites: expected,
        metadata: { count: expected.length, cursors: {}, hasNext: false },
      },
    });
  });

  it('treats an absent body like an empty query', async () => {
    const res = await h.call('POST', QUERY);
    expect(res.status).toBe(200);
    expect(res.body.sites).toEqual(listed(ACCOUNTS.reseller));
  });

  it("lists only a sub-account's own sites, not its parent's", async () => {
    const res = await h.call('POST', QUERY, { account: ACCOUNTS.customerA, body: {} });
    expect(res.status).toBe(200);
    expect(res.body.sites).toEqual(listed(ACCOUNTS.customerA));
    expect(res.body.sites.length).toBeGreaterThan(0);
  });

  it("never returns another account's site, even when filtered by its id", async () => {
    const res = await h.call('POST', QUERY, {
      body: { query: { filter: { id: { $in: [SITES.outsiderShop, SITES.bakeryDraft] } } } },
    });
    expect(outcome(res)).toEqual({
      status: 200,
      body: {
        sites: listed(ACCOUNTS.reseller, (s) => s.id === SITES.bakeryDraft),
        metadata: { count: 1, cursors: {}, hasNext: false },
      },
    });
  });

  it('answers an unknown account with 404 ACCOUNT_NOT_FOUND', async () => {
    const res = await h.call('POST', QUERY, { account: UNKNOWN_ID, body: {} });
    expect(outcome(res)).toEqual({ status: 404, body: applicationError('ACCOUNT_NOT_FOUND') });
  });

  it('lists SITELESS_BUSINESS sites by default, as Wix documents, and hides headless and dev sites', async () => {
    const res = await h.call('POST', QUERY, { body: {} });
    const ids = res.body.sites.map((s: Site) => s.id);
    expect(ids).toContain(SITES.sitelessBusiness);
    expect(ids).not.toContain(SITES.headlessShop);
    expect(ids).not.toContain(SITES.templateSandbox);
  });

  it('includes the other namespaces only when the filter asks for them', async () => {
    const res = await h.call('POST', QUERY, {
      body: { query: { filter: { namespace: { $in: ['WIX', 'HEADLESS'] } } } },
    });
    const expected = createSeedState()
      .sites.filter(
        (s) => s.ownerAccountId === ACCOUNTS.reseller && ['WIX', 'HEADLESS'].includes(s.namespace),
      )
      .sort((a, b) => b.createdDate.localeCompare(a.createdDate));
    expect(res.status).toBe(200);
    expect(res.body.sites).toEqual(expected);
    expect(res.body.sites.map((s: Site) => s.id)).toContain(SITES.headlessShop);
  });

  it.each<[string, Record<string, unknown>, (s: Site) => boolean]>([
    ['id equality shorthand', { id: SITES.yogaStudio }, (s) => s.id === SITES.yogaStudio],
    ['id $eq', { id: { $eq: SITES.yogaStudio } }, (s) => s.id === SITES.yogaStudio],
    ['id $ne', { id: { $ne: SITES.yogaStudio } }, (s) => s.id !== SITES.yogaStudio],
    [
      'id $in',
      { id: { $in: [SITES.yogaStudio, SITES.lawFirm] } },
      (s) => s.id === SITES.yogaStudio || s.id === SITES.lawFirm,
    ],
    [
      'id $hasSome',
      { id: { $hasSome: [SITES.yogaStudio, SITES.lawFirm] } },
      (s) => s.id === SITES.yogaStudio || s.id === SITES.lawFirm,
    ],
    ['published $eq true', { published: { $eq: true } }, (s) => s.published],
    ['published shorthand false', { published: false }, (s) => !s.published],
    ['premium $eq true', { premium: { $eq: true } }, (s) => s.premium],
    ['premium $ne true', { premium: { $ne: true } }, (s) => !s.premium],
    [
      'editorType $in',
      { editorType: { $in: ['STUDIO', 'ADI'] } },
      (s) => s.editorType === 'STUDIO' || s.editorType === 'ADI',
    ],
    ['domainConnected $eq', { domainConnected: { $eq: true } }, (s) => s.domainConnected],
    [
      'name $startsWith, case-insensitively',
      { name: { $startsWith: 'DENTAL' } },
      (s) => s.name.startsWith('dental'),
    ],
    ['name $gte', { name: { $gte: 'p' } }, (s) => s.name >= 'p'],
    ['name as a search in the display name', { name: 'smile' }, (s) => s.id === SITES.dentalClinic],
    [
      'name $eq as a search in the name, case-insensitively',
      { name: { $eq: 'PORTFOLIO' } },
      (s) => s.name.includes('portfolio'),
    ],
    [
      'name as a search in a connected domain',
      { name: 'demoagency.com' },
      (s) => s.id === SITES.agencyPortfolio,
    ],
    [
      'searchPhrase, the same search as name',
      { searchPhrase: 'studio' },
      (s) => s.id === SITES.yogaStudio || s.id === SITES.studioLanding,
    ],
    ['displayName $eq', { displayName: 'Lotus Yoga Studio' }, (s) => s.id === SITES.yogaStudio],
    [
      'displayName $startsWith',
      { displayName: { $startsWith: 'agency' } },
      (s) => s.displayName.startsWith('Agency'),
    ],
    ['state ACTIVE', { state: 'ACTIVE' }, (s) => s.trashedDate === undefined],
    ['state TRASHED', { state: { $eq: 'TRASHED' } }, (s) => s.id === SITES.weddingPlanner],
    [
      'appIds $hasSome',
      { appIds: { $hasSome: [APPS.stores, APPS.bookings] } },
      (s) => s.id === SITES.cafeMenu || s.id === SITES.dentalClinic,
    ],
    [
      'appIds $hasAll',
      { appIds: { $hasAll: [APPS.stores, APPS.bookings] } },
      (s) => s.id === SITES.cafeMenu,
    ],
    ['name $lt', { name: { $lt: 'c' } }, (s) => s.name < 'c'],
    ['folderId $exists false', { folderId: { $exists: false } }, (s) => s.folderId === undefined],
    [
      '$and of two fields',
      { $and: [{ published: true }, { premium: false }] },
      (s) => s.published && !s.premium,
    ],
    [
      '$or of two ids',
      { $or: [{ id: SITES.yogaStudio }, { id: SITES.bakeryDraft }] },
      (s) => s.id === SITES.yogaStudio || s.id === SITES.bakeryDraft,
    ],
  ])('filters by %s', async (_name, filter, keep) => {
    const res = await h.call('POST', QUERY, { body: { query: { filter } } });
    const expected = listed(ACCOUNTS.reseller, keep);
    expect(outcome(res)).toEqual({
      status: 200,
      body: { sites: expected, metadata: { count: expected.length, cursors: {}, hasNext: false } },
    });
  });

  it('filters a sub-account by folder', async () => {
    const res = await h.call('POST', QUERY, {
      account: ACCOUNTS.customerC,
      body: { query: { filter: { folderId: { $exists: true } } } },
    });
    expect(res.status).toBe(200);
    expect(res.body.sites.map((s: Site) => s.id)).toEqual([SITES.customerCFoldered]);
  });

  it.each([
    ['displayName', 'ASC'],
    ['displayName', 'DESC'],
    ['createdDate', 'ASC'],
    ['updatedDate', 'DESC'],
  ] as const)('sorts by %s %s', async (fieldName, order) => {
    const res = await h.call('POST', QUERY, { body: { query: { sort: [{ fieldName, order }] } } });
    const expected = listed(ACCOUNTS.reseller).sort(
      (a, b) =>
        (order === 'ASC' ? 1 : -1) * (a[fieldName] ?? '').localeCompare(b[fieldName] ?? '') ||
        a.id.localeCompare(b.id),
    );
    expect(res.status).toBe(200);
    expect(res.body.sites.map((s: Site) => s.id)).toEqual(expected.map((s) => s.id));
  });

  it('sorts ASC when the order is omitted', async () => {
    const res = await h.call('POST', QUERY, {
      body: { query: { sort: [{ fieldName: 'displayName' }] } },
    });
    const expected = listed(ACCOUNTS.reseller).sort((a, b) =>
      a.displayName.localeCompare(b.displayName),
    );
    expect(res.body.sites.map((s: Site) => s.id)).toEqual(expected.map((s) => s.id));
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a field outside the table', { htmlAppId: SITES.yogaStudio }, 'query.filter.htmlAppId'],
    [
      '$startsWith on a boolean field',
      { published: { $startsWith: 't' } },
      'query.filter.published.$startsWith',
    ],
    ['$gt on namespace', { namespace: { $gt: 'A' } }, 'query.filter.namespace.$gt'],
    ['$nin on id', { id: { $nin: [SITES.yogaStudio] } }, 'query.filter.id.$nin'],
    ['$hasAll on id', { id: { $hasAll: [SITES.yogaStudio] } }, 'query.filter.id.$hasAll'],
    ['$isEmpty on name', { name: { $isEmpty: true } }, 'query.filter.name.$isEmpty'],
    ['an unknown operator', { id: { $regex: '.*' } }, 'query.filter.id.$regex'],
    ['a wrongly typed operand', { published: { $eq: 'yes' } }, 'query.filter.published.$eq'],
    ['$in without an array', { id: { $in: SITES.yogaStudio } }, 'query.filter.id.$in'],
    [
      'searchPhrase with another operator than the search',
      { searchPhrase: { $startsWith: 'yoga' } },
      'query.filter.searchPhrase.$startsWith',
    ],
    ['appIds by equality', { appIds: APPS.blog }, 'query.filter.appIds.$eq'],
    ['state $startsWith', { state: { $startsWith: 'ACT' } }, 'query.filter.state.$startsWith'],
  ])('rejects %s with 400', async (_name, filter, field) => {
    const res = await h.call('POST', QUERY, { body: { query: { filter } } });
    expect(outcome(res)).toEqual({ status: 400, body: validationError(field) });
  });

  it.each(['name', 'id', 'published'])('rejects sorting by %s with 400', async (fieldName) => {
    const res = await h.call('POST', QUERY, { body: { query: { sort: [{ fieldName }] } } });
    expect(outcome(res)).toEqual({
      status: 400,
      body: validationError('query.sort[0].fieldName'),
    });
  });

  it('rejects a sort order other than ASC or DESC with 400', async () => {
    const res = await h.call('POST', QUERY, {
      body: { query: { sort: [{ fieldName: 'displayName', order: 'UP' }] } },
    });
    expect(outcome(res)).toEqual({ status: 400, body: validationError('query.sort[0].order') });
  });

  it('rejects offset paging, which Query Sites does not support, with 400', async () => {
    const res = await h.call('POST', QUERY, { body: { query: { paging: { limit: 2 } } } });
    expect(outcome(res)).toEqual({ status: 400, body: validationError('query.paging') });
  });
});

describe('Query Sites paging', () => {
  const allIds = () =>
    createSeedState()
      .sites.filter((s) => s.ownerAccountId === ACCOUNTS.reseller)
      .sort((a, b) => b.createdDate.localeCompare(a.createdDate))
      .map((s) => s.id);
  const everyNamespace = { namespace: { $exists: true } };

  it('walks every page with cursors.next, without duplicates or gaps', async () => {
    const seen: string[] = [];
    const counts: number[] = [];
    let res = await h.call('POST', QUERY, {
      body: { query: { filter: everyNamespace, cursorPaging: { limit: 3 } } },
    });
    for (let page = 0; page < 20; page++) {
      expect(res.status).toBe(200);
      seen.push(...res.body.sites.map((s: Site) => s.id));
      counts.push(res.body.metadata.count);
      expect(res.body.metadata.count).toBe(res.body.sites.length);
      const next = res.body.metadata.cursors?.next;
      if (!next) break;
      expect(res.body.metadata.hasNext).toBe(true);
      res = await h.call('POST', QUERY, {
        body: { query: { cursorPaging: { limit: 3, cursor: next } } },
      });
    }
    const expected = allIds();
    expect(seen).toEqual(expected);
    expect(counts).toEqual(
      Array.from({ length: Math.ceil(expected.length / 3) }, (_, i) =>
        Math.min(3, expected.length - i * 3),
      ),
    );
  });

  it('ends with no next cursor and hasNext false on the last page', async () => {
    const total = listed(ACCOUNTS.reseller).length;
    const res = await h.call('POST', QUERY, {
      body: { query: { cursorPaging: { limit: total } } },
    });
    expect(res.body.metadata).toEqual({ count: total, cursors: {}, hasNext: false });
  });

  it('keeps the filter and sort of the first page when following a cursor', async () => {
    const filter = { published: true };
    const sort = [{ fieldName: 'displayName', order: 'ASC' }];
    const first = await h.call('POST', QUERY, {
      body: { query: { filter, sort, cursorPaging: { limit: 2 } } },
    });
    const second = await h.call('POST', QUERY, {
      body: { query: { cursorPaging: { limit: 2, cursor: first.body.metadata.cursors.next } } },
    });
    const expected = listed(ACCOUNTS.reseller, (s) => s.published)
      .sort((a, b) => a.displayName.localeCompare(b.displayName))
      .map((s) => s.id);
    expect([...first.body.sites, ...second.body.sites].map((s: Site) => s.id)).toEqual(
      expected.slice(0, 4),
    );
  });

  it('allows a different limit on a follow-up page', async () => {
    const first = await h.call('POST', QUERY, { body: { query: { cursorPaging: { limit: 2 } } } });
    const second = await h.call('POST', QUERY, {
      body: { query: { cursorPaging: { limit: 5, cursor: first.body.metadata.cursors.next } } },
    });
    expect(second.status).toBe(200);
    expect(second.body.sites.map((s: Site) => s.id)).toEqual(
      listed(ACCOUNTS.reseller)
        .slice(2, 7)
        .map((s) => s.id),
    );
  });

  it('returns 50 sites a page when no limit is given', async () => {
    const state = createSeedState();
    const template = state.sites.find((s) => s.id === SITES.bakeryDraft) as Site;
    for (let i = 0; i < 60; i++) {
      const n = String(i).padStart(12, '0');
      state.sites.push({ ...template, id: `5e1e0000-0000-4000-9000-${n}`, name: `bulk-${i}` });
    }
    await h.admin('PUT', '/_emulator/state', state);
    const res = await h.call('POST', QUERY, { body: {} });
    expect(res.body.metadata).toEqual({
      count: 50,
      cursors: { next: expect.any(String) },
      hasNext: true,
    });
    // Site List documents no prev cursor.
    const last = await h.call('POST', QUERY, {
      body: { query: { cursorPaging: { cursor: res.body.metadata.cursors.next } } },
    });
    expect(last.body.metadata).toEqual({
      count: last.body.sites.length,
      cursors: {},
      hasNext: false,
    });
  });

  it('reaches at most 1,000 sites across pages, while Count Sites counts them all', async () => {
    const state = createSeedState();
    const template = state.sites.find((s) => s.id === SITES.bakeryDraft) as Site;
    state.sites = Array.from({ length: 1005 }, (_, i) => ({
      ...template,
      id: `5e1e0000-0000-4000-9000-${String(i).padStart(12, '0')}`,
      name: `bulk-${i}`,
    }));
    await h.admin('PUT', '/_emulator/state', state);
    const seen: string[] = [];
    let last: HttpResponse | undefined;
    let cursor: string | undefined;
    for (let page = 0; page < 20; page++) {
      last = await h.call('POST', QUERY, {
        body: { query: { cursorPaging: { limit: 100, ...(cursor && { cursor }) } } },
      });
      seen.push(...last.body.sites.map((s: Site) => s.id));
      cursor = last.body.metadata.cursors.next;
      if (!cursor) break;
    }
    const count = await h.call('POST', COUNT, { body: {} });
    expect(new Set(seen).size).toBe(1000);
    expect(last?.body.metadata).toEqual({ count: 100, cursors: {}, hasNext: false });
    expect(count.body).toEqual({ count: 1005 });
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

  it.each([0, -1, 2.5, '10'])('rejects a limit of %p with 400', async (limit) => {
    const res = await h.call('POST', QUERY, { body: { query: { cursorPaging: { limit } } } });
    expect(outcome(res)).toEqual({
      status: 400,
      body: validationError('query.cursorPaging.limit'),
    });
  });

  it.each([
    ['a filter', { filter: { published: true } }],
    ['a sort', { sort: [{ fieldName: 'displayName' }] }],
  ])('rejects a cursor sent with %s as an invalid cursor (400)', async (_name, extra) => {
    const first = await h.call('POST', QUERY, { body: { query: { cursorPaging: { limit: 2 } } } });
    const res = await h.call('POST', QUERY, {
      body: {
        query: { ...extra, cursorPaging: { limit: 2, cursor: first.body.metadata.cursors.next } },
      },
    });
    expect(outcome(res)).toEqual({
      status: 400,
      body: validationError('query.cursorPaging.cursor'),
    });
  });

  it('rejects a garbage cursor with 400', async () => {
    const res = await h.call('POST', QUERY, {
      body: { query: { cursorPaging: { cursor: 'not-a-cursor' } } },
    });
    expect(outcome(res)).toEqual({
      status: 400,
      body: validationError('query.cursorPaging.cursor'),
    });
  });

  it("rejects another account's cursor, so a cursor cannot leak sites across accounts", async () => {
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

  it('rejects a Query Packages cursor on Query Sites with 400', async () => {
    const packages = await h.call('POST', '/resellers/v1/packages/query', {
      body: { query: { cursorPaging: { limit: 1 } } },
    });
    const res = await h.call('POST', QUERY, {
      body: { query: { cursorPaging: { cursor: packages.body.metadata.cursors.next } } },
    });
    expect(outcome(res)).toEqual({
      status: 400,
      body: validationError('query.cursorPaging.cursor'),
    });
  });
});

describe('Count Sites', () => {
  it("counts the calling account's listed sites", async () => {
    const res = await h.call('POST', COUNT, { body: {} });
    expect(outcome(res)).toEqual({
      status: 200,
      body: { count: listed(ACCOUNTS.reseller).length },
    });
  });

  it('counts what Query Sites would list for the same filter', async () => {
    const filter = { published: true, editorType: { $in: ['EDITOR', 'STUDIO'] } };
    const count = await h.call('POST', COUNT, { body: { filter } });
    const query = await h.call('POST', QUERY, { body: { query: { filter } } });
    expect(count.body).toEqual({ count: query.body.sites.length });
    expect(count.body.count).toBe(
      listed(ACCOUNTS.reseller, (s) => s.published && ['EDITOR', 'STUDIO'].includes(s.editorType))
        .length,
    );
  });

  it('counts sites of every namespace when the filter names namespace', async () => {
    const res = await h.call('POST', COUNT, { body: { filter: { namespace: { $exists: true } } } });
    expect(res.body).toEqual({
      count: createSeedState().sites.filter((s) => s.ownerAccountId === ACCOUNTS.reseller).length,
    });
  });

  it('counts zero for an account without sites in the filter', async () => {
    const res = await h.call('POST', COUNT, {
      account: ACCOUNTS.outsider,
      body: { filter: { id: SITES.bakeryDraft } },
    });
    expect(outcome(res)).toEqual({ status: 200, body: { count: 0 } });
  });

  it.each([
    ['premium', { premium: true }, 'filter.premium'],
    ['appIds', { appIds: { $hasSome: [APPS.blog] } }, 'filter.appIds'],
  ])(
    'rejects the %s filter, which Count Sites does not accept, with 400',
    async (_n, filter, field) => {
      const res = await h.call('POST', COUNT, { body: { filter } });
      expect(outcome(res)).toEqual({ status: 400, body: validationError(field) });
    },
  );

  it('counts with the name search', async () => {
    const res = await h.call('POST', COUNT, { body: { filter: { name: 'latrattoria' } } });
    const sub = await h.call('POST', COUNT, {
      account: ACCOUNTS.customerB,
      body: { filter: { name: 'latrattoria' } },
    });
    expect([res.body, sub.body]).toEqual([{ count: 0 }, { count: 1 }]);
  });

  it('rejects an operator outside the table with 400', async () => {
    const res = await h.call('POST', COUNT, { body: { filter: { published: { $gt: true } } } });
    expect(outcome(res)).toEqual({ status: 400, body: validationError('filter.published.$gt') });
  });

  it('answers an unknown account with 404 ACCOUNT_NOT_FOUND', async () => {
    const res = await h.call('POST', COUNT, { account: UNKNOWN_ID, body: {} });
    expect(outcome(res)).toEqual({ status: 404, body: applicationError('ACCOUNT_NOT_FOUND') });
  });
});
