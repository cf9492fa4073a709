/**
 * Route names of the Wix endpoints (the emulator's names, spec operation
 * names), by method and path template. Metrics label upstream calls with these
 * instead of raw paths: a path carries IDs, a label must have few values.
 */
const ENDPOINTS: ReadonlyArray<readonly [method: string, path: RegExp, name: string]> = [
  ['POST', /^\/resellers\/v2\/packages$/, 'createPackage'],
  ['POST', /^\/resellers\/v1\/packages\/query$/, 'queryPackages'],
  ['GET', /^\/resellers\/v1\/packages\/[^/]+$/, 'getPackage'],
  ['DELETE', /^\/resellers\/v1\/packages\/[^/]+$/, 'cancelPackage'],
  ['PATCH', /^\/resellers\/v1\/packages\/product-instances\/[^/]+\/unassign$/, 'unassignInstance'],
  ['PATCH', /^\/resellers\/v1\/packages\/product-instances\/[^/]+\/[^/]+$/, 'assignInstance'],
  ['PATCH', /^\/resellers\/v1\/packages\/product-instances\/[^/]+$/, 'adjustInstance'],
  ['DELETE', /^\/resellers\/v1\/packages\/product-instances\/[^/]+$/, 'cancelInstance'],
  ['PATCH', /^\/resellers\/v1\/packages\/update\/[^/]+\/[^/]+$/, 'updateExternalId'],
  ['POST', /^\/b2b-site-management\/v1\/transfer-site$/, 'transferSite'],
  ['POST', /^\/site-list\/v2\/sites\/query$/, 'querySites'],
  ['POST', /^\/site-list\/v2\/sites\/count$/, 'countSites'],
];

/** The route name of an upstream call, or `other` for a path outside the table. */
export function upstreamEndpoint(method: string, path: string): string {
  for (const [m, pattern, name] of ENDPOINTS) {
    if (m === method && pattern.test(path)) return name;
  }
  return 'other';
}
