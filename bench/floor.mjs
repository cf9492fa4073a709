/**
 * The REST floor: serves each benchmark scenario's data by calling the Wix REST
 * endpoints directly, with the fewest calls the API allows (a page, then one
 * filtered query for the linked objects). It is what a hand-written BFF would
 * do, and the yardstick for the gateway's overhead and upstream call count.
 * Caller headers are forwarded as-is, like the peer does.
 */
import { createServer } from 'node:http';
import { createGotRestClient, createRestClient } from './lib/rest.mjs';

const PAGE_LIMIT = 100;

/**
 * @param {{ upstreamUrl: string, port?: number, transport?: 'node:http' | 'got' }} options
 *   `transport: 'got'` is the `floor-got` target: the same calls on the gateway's transport
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>} `url` is the server root
 */
export async function startFloor({ upstreamUrl, port = 0, transport = 'node:http' }) {
  const call =
    transport === 'got' ? await createGotRestClient(upstreamUrl) : createRestClient(upstreamUrl);

  /** Follows cursors so a filter matching more than a page still returns everything. */
  async function queryAll(path, key, query, headers) {
    const items = [];
    let body = { query: { ...query, cursorPaging: { limit: PAGE_LIMIT } } };
    for (;;) {
      const page = await call('POST', path, body, headers);
      items.push(...page[key]);
      const next = page.metadata?.cursors?.next;
      if (!next || page[key].length === 0) return items;
      body = { query: { cursorPaging: { limit: PAGE_LIMIT, cursor: next } } };
    }
  }

  /**
   * The sites of the packages' instances. Query Sites lists one account's
   * sites (docs/wix-api.md "Authentication and headers"), so there is one call per account owning a site (the
   * package's owner), in parallel; the bench data has one owner, so one call.
   */
  async function sitesOf(packages, headers) {
    const byOwner = new Map();
    for (const pkg of packages) {
      for (const instance of pkg.productInstances) {
        if (!instance.siteId) continue;
        const ids = byOwner.get(pkg.accountId) ?? new Set();
        ids.add(instance.siteId);
        byOwner.set(pkg.accountId, ids);
      }
    }
    const found = new Map();
    const lists = await Promise.all(
      [...byOwner].flatMap(([accountId, ids]) => {
        const unique = [...ids];
        const chunks = [];
        // `$in` takes at most a page of IDs per call.
        for (let i = 0; i < unique.length; i += PAGE_LIMIT) {
          chunks.push(unique.slice(i, i + PAGE_LIMIT));
        }
        return chunks.map((chunk) =>
          queryAll(
            '/site-list/v2/sites/query',
            'sites',
            { filter: { id: { $in: chunk } } },
            { ...headers, 'wix-account-id': accountId },
          ),
        );
      }),
    );
    for (const site of lists.flat()) found.set(site.id, site);
    return found;
  }

  const routes = {
    /** Package with its instances and each instance's site: Get Package + one Query Sites. */
    'GET /package': async (params, headers) => {
      const { package: pkg } = await call(
        'GET',
        `/resellers/v1/packages/${encodeURIComponent(params.get('id') ?? '')}`,
        undefined,
        headers,
      );
      const sites = await sitesOf([pkg], headers);
      return {
        package: {
          id: pkg.id,
          productInstances: pkg.productInstances.map((i) => ({
            id: i.instanceId,
            status: i.status,
            site: siteRef(sites, i.siteId),
          })),
        },
      };
    },
    /** A page of sites with their instances: Query Sites + one filtered Query Packages. */
    'GET /sites': async (params, headers) => {
      const first = Number(params.get('first') ?? 50);
      const { sites } = await call(
        'POST',
        '/site-list/v2/sites/query',
        { query: { cursorPaging: { limit: first } } },
        headers,
      );
      const packages = await queryAll(
        '/resellers/v1/packages/query',
        'packages',
        { filter: { 'productInstances.siteId': { $hasSome: sites.map((s) => s.id) } } },
        headers,
      );
      const bySite = new Map();
      for (const instance of packages.flatMap((p) => p.productInstances)) {
        if (!instance.siteId) continue;
        const list = bySite.get(instance.siteId) ?? [];
        list.push({ id: instance.instanceId, status: instance.status });
        bySite.set(instance.siteId, list);
      }
      return {
        sites: {
          nodes: sites.map((s) => ({
            id: s.id,
            name: s.name,
            productInstances: bySite.get(s.id) ?? [],
          })),
        },
      };
    },
    /** A page of packages, every instance with its site and package: Query Packages + one Query Sites. */
    'GET /packages': async (params, headers) => {
      const first = Number(params.get('first') ?? 50);
      const { packages } = await call(
        'POST',
        '/resellers/v1/packages/query',
        { query: { cursorPaging: { limit: first } } },
        headers,
      );
      const sites = await sitesOf(packages, headers);
      return {
        packages: {
          nodes: packages.map((p) => ({
            id: p.id,
            productInstances: p.productInstances.map((i) => ({
              id: i.instanceId,
              site: siteRef(sites, i.siteId),
              package: { id: p.id },
            })),
          })),
        },
      };
    },
    'POST /createPackage': async (_params, headers, body) => {
      const { package: pkg } = await call('POST', '/resellers/v2/packages', body, headers);
      return { createPackage: { package: { id: pkg.id } } };
    },
    'POST /assignInstance': async (_params, headers, body) => {
      const { package: pkg } = await call(
        'PATCH',
        `/resellers/v1/packages/product-instances/${body.instanceId}/${body.siteId}`,
        {},
        headers,
      );
      const instance = pkg.productInstances.find((i) => i.instanceId === body.instanceId);
      return {
        assignInstance: { instance: { id: instance.instanceId, status: instance.status } },
      };
    },
  };

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://floor');
      const route = routes[`${request.method} ${url.pathname}`];
      if (!route) {
        response.writeHead(404).end();
        return;
      }
      const chunks = [];
      for await (const chunk of request) chunks.push(chunk);
      const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
      const headers = {
        authorization: String(request.headers.authorization ?? ''),
        'wix-account-id': String(request.headers['wix-account-id'] ?? ''),
      };
      const data = await route(url.searchParams, headers, body);
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
    } catch (error) {
      response
        .writeHead(502, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}`,
    stop: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await closed;
    },
  };
}

function siteRef(sites, siteId) {
  const site = siteId ? sites.get(siteId) : undefined;
  return site ? { id: site.id, name: site.name } : null;
}
