// CPU cost of the tolerant reader per upstream answer: 50-item Query Sites and
// Query Packages answers, as the emulator's seed shapes them, clean (the
// strict parse only) and drifting (strict parse, then the tolerant twin).
// Run: node scripts/print-openapi.mjs (compiles src/wix-api), then
//      node bench/readWire.mjs
import { readWire } from '../node_modules/.cache/wix-api/readWire.js';
import {
  QueryPackagesResponseSchema,
  QuerySitesResponseSchema,
} from '../node_modules/.cache/wix-api/schemas.js';

const site = (i) => ({
  id: `0000000${i}-aaaa-4000-8000-000000000000`,
  name: `site-${i}`,
  displayName: `Site ${i}`,
  createdDate: '2024-01-01T00:00:00.000Z',
  updatedDate: '2024-01-02T00:00:00.000Z',
  published: true,
  premium: i % 2 === 0,
  viewUrl: `https://user.wixsite.com/site-${i}`,
  editUrl: `/editor/${i}`,
  thumbnail: '/thumb.png',
  ownerAccountId: 'acc00000-0000-4000-8000-000000000001',
  contributorAccountIds: ['acc00000-0000-4000-8000-000000000001'],
  editorType: 'EDITOR',
  blocked: false,
  namespace: 'WIX',
  domainConnected: false,
});
const instance = (i, j) => ({
  instanceId: `1nst${i}${j}-aaaa-4000-8000-000000000000`,
  siteId: `0000000${i}-aaaa-4000-8000-000000000000`,
  catalogProductId: 'prod0000-0000-4000-8000-000000000001',
  status: 'ENABLED',
  billingInfo: { type: 'RECURRING', cycleDuration: { unit: 'MONTH', count: 1 } },
  createdDate: '2024-01-01T00:00:00.000Z',
  updatedDate: '2024-01-02T00:00:00.000Z',
  countryCode: 'US',
});
const pkg = (i) => ({
  id: `pack000${i}-aaaa-4000-8000-000000000000`,
  accountId: 'acc00000-0000-4000-8000-000000000001',
  productInstances: [instance(i, 1), instance(i, 2)],
  createdDate: '2024-01-01T00:00:00.000Z',
  updatedDate: '2024-01-02T00:00:00.000Z',
});
const items = (make) => Array.from({ length: 50 }, (_, i) => make(i));
const meta = { count: 50, cursors: { next: 'abc' }, hasNext: true };
const cases = {
  'querySites, 50 sites, clean': [QuerySitesResponseSchema, { sites: items(site), metadata: meta }],
  'querySites, 50 sites, drifting': [
    QuerySitesResponseSchema,
    {
      sites: items((i) => {
        const s = { ...site(i), editorType: 'ODEDITOR', parentChildRole: 'NONE' };
        delete s.updatedDate;
        return s;
      }),
      metadata: meta,
    },
  ],
  'queryPackages, 50 packages x 2 instances, clean': [
    QueryPackagesResponseSchema,
    { packages: items(pkg), metadata: meta },
  ],
};

const ROUNDS = Number(process.env.ROUNDS ?? 2000);
for (const [name, [schema, body]] of Object.entries(cases)) {
  // Each call parses a fresh copy, as each HTTP answer is a fresh JSON.parse.
  const text = JSON.stringify(body);
  for (let i = 0; i < 200; i += 1) readWire(schema, JSON.parse(text));
  let parseOnly = 0;
  let total = 0;
  for (let i = 0; i < ROUNDS; i += 1) {
    const t0 = process.hrtime.bigint();
    const value = JSON.parse(text);
    const t1 = process.hrtime.bigint();
    readWire(schema, value);
    const t2 = process.hrtime.bigint();
    parseOnly += Number(t1 - t0);
    total += Number(t2 - t1);
  }
  console.log(
    `${name}: readWire ${(total / ROUNDS / 1000).toFixed(1)} µs/call ` +
      `(JSON.parse of the same answer: ${(parseOnly / ROUNDS / 1000).toFixed(1)} µs)`,
  );
}
