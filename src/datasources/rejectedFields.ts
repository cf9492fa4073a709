import type { FieldViolation } from '../errors/index.js';
import type { WixErrorBody } from '../wix-api/types.js';
import { describeUpstreamCode } from './describeUpstreamCode.js';
import type { UpstreamCall } from './UpstreamCall.js';

/**
 * The field of a request each documented business code concerns (docs/errors.md
 * "Field violations"), and whether that field was sent (`billingInfo` is
 * missing for MISSING_BILLING_CYCLE, present for the others). A code that is
 * not here concerns no single field: a state (INCOMPATIBLE_PRODUCT_INSTANCE_STATUS),
 * a pair of inputs (MULTIPLE_PRODUCT_ASSIGNMENTS) or the account acted on.
 */
const CODE_FIELDS: Readonly<Record<string, { field: string; sent: boolean }>> = {
  PRODUCT_NOT_FOUND: { field: 'catalogProductId', sent: true },
  PRODUCT_LIMIT_EXCEEDED: { field: 'catalogProductId', sent: true },
  PRODUCT_SETTINGS_NOT_FOUND: { field: 'catalogProductId', sent: true },
  INVALID_PRODUCTS: { field: 'catalogProductId', sent: true },
  INCOMPATIBLE_PRODUCT: { field: 'catalogProductId', sent: true },
  MISSING_BILLING_CYCLE: { field: 'billingInfo', sent: false },
  INCOMPATIBLE_BILLING_CYCLE: { field: 'billingInfo', sent: true },
  INVALID_BILLING_CYCLE: { field: 'billingInfo', sent: true },
  SITE_NOT_FOUND: { field: 'siteId', sent: true },
  PRODUCT_TYPE_ALREADY_ASSIGNED: { field: 'siteId', sent: true },
  PRODUCT_NOT_SUPPORTED_ON_SITE: { field: 'siteId', sent: true },
  INVALID_REFERENCE_PRODUCT_INSTANCE_ID: { field: 'referenceProductInstanceId', sent: true },
  PRODUCT_INSTANCE_NOT_FOUND: { field: 'instanceId', sent: true },
  PACKAGE_NOT_FOUND: { field: 'id', sent: true },
  // The target account travels in the header (docs/wix-api.md "B2B Site Management › Transfer Site").
  TARGET_ACCOUNT_ID_NOT_FOUND: { field: 'wix-account-id', sent: true },
};

/** Gateway-written words for Wix's `violatedRule` values; Wix's own description is never kept. */
const RULE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  REQUIRED_FIELD: 'is required',
  FORMAT: 'is not in the expected format',
  MAX: 'is above the maximum',
  MIN: 'is below the minimum',
  MAX_LENGTH: 'is too long',
  MAX_SIZE: 'lists too many items',
  MIN_SIZE: 'lists too few items',
};

/** A plain request path (`products[0].billingInfo.type`): anything else names no field the gateway sent. */
const PLAIN_PATH = /^[A-Za-z][\w-]*(\[\d+\])?(\.[A-Za-z]\w*(\[\d+\])?)*$/;

/**
 * The fields of a rejected call that Wix's answer points at, by their path in
 * the request (`products[0].billingInfo`, a path parameter's name, or
 * `wix-account-id`), each with a stable reason and the gateway's words: a 400's
 * field violations (reason: Wix's `violatedRule`), or the one field a
 * documented business code concerns (reason: the code). Wix's text is never
 * kept, and a code is placed only on a field the request can be seen to have
 * caused it with: the one product (of several) the code fits, narrowed by the
 * IDs in `applicationError.data` when Wix sends them.
 */
export function rejectedFields(
  body: WixErrorBody | undefined,
  call: UpstreamCall,
): FieldViolation[] {
  const violations = body?.details?.validationError?.fieldViolations ?? [];
  if (violations.length > 0) {
    return violations
      .filter(({ field }) => PLAIN_PATH.test(field))
      .map(({ field, violatedRule }) => ({
        field,
        reason: violatedRule,
        description: RULE_DESCRIPTIONS[violatedRule] ?? 'was rejected by Wix',
      }));
  }
  const error = body?.details?.applicationError;
  const concerned = error && CODE_FIELDS[error.code];
  const description = error && describeUpstreamCode(error.code);
  if (!concerned || !description) return [];
  const candidates = subjects(call).filter(
    ({ values }) =>
      (values[concerned.field] !== undefined) === concerned.sent &&
      Object.entries(error.data ?? {}).every(
        ([key, value]) =>
          typeof value !== 'string' ||
          typeof values[key] !== 'string' ||
          (values[key] as string).toLowerCase() === value.toLowerCase(),
      ),
  );
  if (candidates.length !== 1) return [];
  return [{ field: candidates[0].prefix + concerned.field, reason: error.code, description }];
}

interface Subject {
  /** Path of the object in the request, e.g. `products[1].`; empty at the top. */
  prefix: string;
  values: Record<string, unknown>;
}

/** The objects of a request a business code can concern: each product of a create, else the call as a whole. */
function subjects(call: UpstreamCall): Subject[] {
  const body = (call.body ?? {}) as Record<string, unknown>;
  if (call.endpoint === 'createPackage' && Array.isArray(body.products)) {
    return body.products.map((product: Record<string, unknown>, index) => ({
      prefix: `products[${index}].`,
      values: product,
    }));
  }
  const transfer = call.endpoint === 'transferSite' ? body.siteTransfer : undefined;
  return [
    {
      prefix: '',
      values: {
        'wix-account-id': call.accountId,
        ...call.params,
        ...(transfer && typeof transfer === 'object' ? transfer : body),
      },
    },
  ];
}
