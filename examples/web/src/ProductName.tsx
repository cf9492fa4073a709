import type { PaidServiceFragment } from './generated/graphql.js';

/** The catalog's name for a paid service; its product ID's start when the catalog does not list it. */
export function ProductName({ service }: { service: PaidServiceFragment }) {
  const name = service.catalogProduct?.name;
  return name ? (
    <span className="product">{name}</span>
  ) : (
    <code>{service.catalogProductId.slice(0, 8)}</code>
  );
}
