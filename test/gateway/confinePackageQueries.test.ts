import type { ResellersApi } from '../../src/datasources/index.js';
import { confinePackageQueries } from '../../src/access/confinePackageQueries.js';
import type { Package, QueryPackagesRequest } from '../../src/wix-api/types.js';
import { ACCOUNTS } from '../harness.js';

const A = ACCOUNTS.customerA;
const B = ACCOUNTS.customerB;

/** A stand-in for ResellersApi that records each Query Packages request and answers the whole family. */
function fakeResellers(
  metadata: Record<string, unknown> = { count: 3, cursors: { next: 'after-p2' }, hasNext: true },
) {
  const requests: QueryPackagesRequest[] = [];
  const family = [A, B, ACCOUNTS.reseller].map((accountId, i) => ({ id: `p${i}`, accountId }));
  const api = {
    async queryPackages(_account: string, request: QueryPackagesRequest) {
      requests.push(request);
      return {
        metadata: metadata as { count: number },
        packages: family as unknown as Package[],
      };
    },
  };
  return { api: api as unknown as ResellersApi, requests };
}

describe('confinePackageQueries', () => {
  it("adds the caller's accounts to the first page's filter and drops anything else from the answer", async () => {
    const { api, requests } = fakeResellers();
    const confined = confinePackageQueries(api, { name: 'a', accounts: [A] });
    const response = await confined.queryPackages(A, {
      query: { filter: { id: { $in: ['p0', 'p1'] } }, cursorPaging: { limit: 100 } },
    });
    expect(requests).toEqual([
      {
        query: {
          filter: { id: { $in: ['p0', 'p1'] }, accountId: { $in: [A] } },
          cursorPaging: { limit: 100 },
        },
      },
    ]);
    expect(response.packages.map((p) => p.accountId)).toEqual([A]);
  });

  it('ends the listing where the upstream ignored the scope: its next cursor points past a foreign package', async () => {
    const { api } = fakeResellers();
    const confined = confinePackageQueries(api, { name: 'a', accounts: [A] });
    const response = await confined.queryPackages(A, { query: { cursorPaging: { limit: 3 } } });
    expect(response.metadata).toEqual({ count: 1, cursors: {}, hasNext: false });
  });

  it("drops the prev cursor, and the total that counted them, of an answer showing another account's packages", async () => {
    const { api, requests } = fakeResellers({
      count: 3,
      offset: 0,
      total: 3,
      tooManyToCount: false,
      cursors: { next: 'after-p2', prev: 'before-p0' },
      hasNext: true,
    });
    const confined = confinePackageQueries(api, { name: 'a', accounts: [A] });
    const response = await confined.queryPackages(A, { query: { paging: { limit: 1 } } });
    expect(requests).toEqual([
      { query: { filter: { accountId: { $in: [A] } }, paging: { limit: 1 } } },
    ]);
    expect(response.metadata).toEqual({
      count: 1,
      offset: 0,
      tooManyToCount: false,
      cursors: {},
      hasNext: false,
    });
  });

  it('narrows a requested accountId list to the scope and leaves cursor pages alone', async () => {
    const { api, requests } = fakeResellers();
    const confined = confinePackageQueries(api, { name: 'ab', accounts: [A, B] });
    await confined.queryPackages(A, {
      query: { filter: { accountId: { $in: [B.toUpperCase(), ACCOUNTS.reseller] } } },
    });
    await confined.queryPackages(A, { query: { cursorPaging: { cursor: 'c', limit: 10 } } });
    expect(requests).toEqual([
      { query: { filter: { accountId: { $in: [B.toUpperCase()] } } } },
      { query: { cursorPaging: { cursor: 'c', limit: 10 } } },
    ]);
  });

  it("leaves an unrestricted caller's queries as they are", async () => {
    const { api, requests } = fakeResellers();
    const confined = confinePackageQueries(api, { name: 'all', accounts: '*' });
    const response = await confined.queryPackages(A, { query: { filter: {} } });
    expect(requests).toEqual([{ query: { filter: {} } }]);
    expect(response.packages).toHaveLength(3);
    expect(response.metadata.cursors).toEqual({ next: 'after-p2' });
  });
});
