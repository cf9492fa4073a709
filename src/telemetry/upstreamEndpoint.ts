import { matchWixEndpoint } from '../wix-api/endpoints.js';

/**
 * The route name of an upstream call (src/wix-api/endpoints.ts), or `other`
 * for a path outside the table. Metrics label upstream calls with these
 * instead of raw paths: a path carries IDs, a label must have few values.
 */
export function upstreamEndpoint(method: string, path: string): string {
  return matchWixEndpoint(method, path) ?? 'other';
}
