import type { WriteCheck } from '../resilience/index.js';
import type { CreatePackageRequest, Package } from '../wix-api/types.js';

/**
 * How far Wix's clock (which stamps `createdDate`) may be behind the
 * gateway's, in ms: a package created by a send is looked for from this long
 * before the send. Wix documents nothing about its clock; a minute is far
 * beyond what NTP-synchronised servers drift.
 */
export const CLOCK_SKEW_MS = 60_000;

/** The Create Package request a lost answer was for, and when it was sent. */
export interface SentCreate {
  accountId: string;
  request: Pick<CreatePackageRequest, 'externalId' | 'products'>;
  /** When the send left, in ms since the epoch (the gateway's clock). */
  sentAt: number;
}

/**
 * Which of `candidates` (packages read back after a Create Package whose
 * answer was lost) that create made: one owned by the account, created from
 * the send on (less CLOCK_SKEW_MS), with the same externalId (or none) and
 * exactly the requested products on the requested sites. Exactly one is
 * adopted; none means it did not land; several cannot be told apart (two
 * identical creates in the same minute: an externalId makes them distinct).
 */
export function matchCreatedPackage(candidates: Package[], sent: SentCreate): WriteCheck<Package> {
  const notBefore = sent.sentAt - CLOCK_SKEW_MS;
  const wanted = productsKey(sent.request.products);
  const externalId = sent.request.externalId || undefined;
  const matches = candidates.filter(
    (pkg) =>
      pkg.accountId.toLowerCase() === sent.accountId.toLowerCase() &&
      Date.parse(pkg.createdDate) >= notBefore &&
      (pkg.externalId || undefined) === externalId &&
      productsKey(pkg.productInstances) === wanted,
  );
  if (matches.length === 1) return { found: 'landed', value: matches[0]! };
  if (matches.length === 0) return { found: 'absent' };
  const ids = matches.map((p) => p.id);
  return {
    found: 'ambiguous',
    detail: `${ids.length} packages with the same products, sites and externalId were created since it was sent (${ids.map((id) => `"${id}"`).join(', ')})`,
    extensions: { candidatePackageIds: ids },
  };
}

/** The products as a sorted multiset of product and site, comparable between request and package. */
function productsKey(products: { catalogProductId: string; siteId?: string }[]): string {
  return products
    .map((p) => `${p.catalogProductId.toLowerCase()}@${(p.siteId ?? '').toLowerCase()}`)
    .sort()
    .join(',');
}
