import { badUserInput } from '../errors/index.js';
import type { Cycle } from '../wix-api/types.js';

/** One product of the reseller's Premium catalog, as the reseller describes it. */
export interface CatalogEntry {
  /** Catalog product GUID, lower case. */
  readonly id: string;
  /** What a dashboard shows for it, e.g. `Business VIP`. */
  readonly name: string;
  /** Wix's product type, e.g. `PREMIUM_PLAN`: Adjust swaps only within one type. */
  readonly productType: string;
  /** The billing cycles it is sold with; with exactly one, `billingInfo` may be omitted. */
  readonly billingCycles: readonly Cycle[];
}

/** An entry with only the catalog's fields (a seed product carries more), GUID lower-cased, frozen. */
export function catalogEntry({ id, name, productType, billingCycles }: CatalogEntry): CatalogEntry {
  return Object.freeze({
    id: id.toLowerCase(),
    name,
    productType,
    billingCycles: Object.freeze(
      billingCycles.map((cycle) => Object.freeze(structuredClone(cycle))),
    ),
  });
}

/**
 * The products the reseller sells, by ID. The Resellers API has no catalog
 * endpoint (docs/wix-api.md "Product catalog"), so the gateway knows the one
 * it is given at start-up, or none. Built once, shared by every request.
 */
export class ProductCatalog {
  /** Whether there is a catalog: only then are product IDs checked before Wix sees them. */
  readonly configured: boolean;
  private readonly byId: ReadonlyMap<string, CatalogEntry>;

  constructor(entries: readonly CatalogEntry[] | undefined) {
    this.configured = entries !== undefined;
    this.byId = new Map((entries ?? []).map((entry) => [entry.id, entry]));
  }

  /** Every product, in the catalog's order; none without a catalog. */
  products(): readonly CatalogEntry[] {
    return [...this.byId.values()];
  }

  product(id: string): CatalogEntry | undefined {
    return this.byId.get(id.toLowerCase());
  }

  /**
   * Refuses, before any upstream call, product IDs a configured catalog does
   * not list: one BAD_USER_INPUT naming each by its argument path. Without a
   * catalog every ID passes, and Wix is the judge.
   */
  requireListed(ids: readonly string[], fieldOf: (index: number) => string): void {
    if (!this.configured) return;
    const unknown = ids.flatMap((id, index) => (this.product(id) ? [] : [{ id, index }]));
    if (unknown.length === 0) return;
    throw badUserInput(
      `Not in the product catalog: ${unknown.map(({ id, index }) => `${fieldOf(index)} "${id}"`).join(', ')}`,
      {
        fieldViolations: unknown.map(({ index }) => ({
          field: fieldOf(index),
          reason: 'PRODUCT_NOT_FOUND',
          description: 'is not a product of the catalog',
        })),
      },
    );
  }
}
