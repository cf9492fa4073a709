/**
 * Format validation of a Create Package body (docs/wix-api.md "Create Package V2"; limits in "Package and ProductInstance"). Every
 * violation is collected before failing with one 400.
 */
import type { Cycle } from '../../wix-api/types.js';
import {
  DISCOUNT_CODE_MAX,
  EXTERNAL_ID_MAX,
  IDEMPOTENCY_KEY_MAX,
  PRODUCTS_MAX,
  Violations,
} from '../validation.js';
import { parseCycle } from './parseCycle.js';

export interface ProductRequest {
  catalogProductId: string;
  siteId?: string;
  billingInfo?: Cycle;
  countryCode?: string;
  discountCode?: string;
  referenceProductInstanceId?: string;
}

export interface CreatePackageInput {
  idempotencyKey?: string;
  externalId?: string;
  products: ProductRequest[];
}

const COUNTRY_CODE = /^[A-Za-z]{2}$/;

/** `requireCountryCode` is true for V2 and false for the deprecated v1 create. */
export function parseCreatePackage(
  body: Record<string, unknown>,
  requireCountryCode: boolean,
): CreatePackageInput {
  const v = new Violations();
  const input: CreatePackageInput = { products: [] };
  if (v.string('idempotencyKey', body.idempotencyKey, IDEMPOTENCY_KEY_MAX)) {
    input.idempotencyKey = body.idempotencyKey;
  }
  if (v.string('externalId', body.externalId, EXTERNAL_ID_MAX)) input.externalId = body.externalId;

  const products = body.products;
  if (products === undefined || products === null) {
    v.add('products', 'is required', 'REQUIRED_FIELD');
  } else if (!Array.isArray(products)) {
    v.add('products', 'must be an array', 'FORMAT');
  } else if (products.length < 1) {
    v.add('products', 'must contain at least 1 product', 'MIN_SIZE', { threshold: 1 });
  } else if (products.length > PRODUCTS_MAX) {
    v.add('products', `must contain at most ${PRODUCTS_MAX} products`, 'MAX_SIZE', {
      threshold: PRODUCTS_MAX,
    });
  } else {
    products.forEach((raw: unknown, i) => {
      const product = parseProduct(v, `products[${i}]`, raw, requireCountryCode);
      if (product) input.products.push(product);
    });
  }
  v.throwIfAny();
  return input;
}

function parseProduct(
  v: Violations,
  at: string,
  raw: unknown,
  requireCountryCode: boolean,
): ProductRequest | undefined {
  if (!v.object(at, raw, true)) return undefined;
  const before = v.list.length;
  v.guid(`${at}.catalogProductId`, raw.catalogProductId, true);
  const product: ProductRequest = { catalogProductId: raw.catalogProductId as string };
  if (v.guid(`${at}.siteId`, raw.siteId)) product.siteId = raw.siteId.toLowerCase();
  if (
    v.guid(`${at}.referenceProductInstanceId`, raw.referenceProductInstanceId) &&
    typeof raw.referenceProductInstanceId === 'string'
  ) {
    product.referenceProductInstanceId = raw.referenceProductInstanceId.toLowerCase();
  }
  if (v.string(`${at}.discountCode`, raw.discountCode, DISCOUNT_CODE_MAX)) {
    product.discountCode = raw.discountCode;
  }
  const country = raw.countryCode;
  if (country === undefined || country === null) {
    if (requireCountryCode) v.add(`${at}.countryCode`, 'is required', 'REQUIRED_FIELD');
  } else if (typeof country !== 'string' || !COUNTRY_CODE.test(country)) {
    v.add(`${at}.countryCode`, 'must be a 2-letter ISO-3166 country code', 'FORMAT', {
      expected: 'ISO_3166_ALPHA_2',
    });
  } else {
    product.countryCode = country.toUpperCase();
  }
  const cycle = parseCycle(v, `${at}.billingInfo`, raw.billingInfo);
  if (cycle) product.billingInfo = cycle;
  if (v.list.length > before) return undefined;
  product.catalogProductId = product.catalogProductId.toLowerCase();
  return product;
}
