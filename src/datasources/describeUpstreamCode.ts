/**
 * Gateway-written explanations of Wix's business error codes (the errors
 * under each endpoint of docs/wix-api.md). Used instead of Wix's own messages, which may name other accounts.
 */
const EXPLANATIONS: Readonly<Record<string, string>> = {
  PRODUCT_NOT_FOUND: 'the catalog product does not exist',
  ACCOUNT_NOT_FOUND: 'the account does not exist',
  SITE_NOT_FOUND: 'the site does not exist in the account acted on',
  PACKAGE_NOT_FOUND: 'the package does not exist in the account acted on',
  INVALID_REFERENCE_PRODUCT_INSTANCE_ID:
    'the reference product instance does not exist or was already used as a reference',
  PRODUCT_LIMIT_EXCEEDED: "the product's limit of concurrent subscriptions is reached",
  PRODUCT_SETTINGS_NOT_FOUND: 'the product cannot be packaged (it has no Wix-side settings)',
  MISSING_BILLING_CYCLE: 'the product has several billing cycles, so billingInfo is required',
  INCOMPATIBLE_BILLING_CYCLE: 'the product does not support that billing cycle',
  INVALID_BILLING_CYCLE: 'the billing cycle matches none the product supports',
  INVALID_PRODUCTS: 'some products are not resellable',
  MULTIPLE_PRODUCT_ASSIGNMENTS: 'the same product is assigned to one site more than once',
  PRODUCT_TYPE_ALREADY_ASSIGNED: 'the site already holds a product of that type',
  PRODUCT_NOT_SUPPORTED_ON_SITE:
    'the site lacks a prerequisite of the product (e.g. a Premium plan)',
  PRODUCT_INSTANCE_NOT_FOUND: 'the product instance does not exist in the account acted on',
  INCOMPATIBLE_PRODUCT_INSTANCE_STATUS: "the instance's status does not allow this change",
  INCOMPATIBLE_PRODUCT: 'the new product is of a different product type',
  MISSING_PRODUCT_DETAILS:
    'the change is missing product details (catalogProductId or billingInfo)',
  OPERATION_NOT_SUPPORTED_FOR_PRODUCT: 'this product cannot be adjusted',
  MISSING_SITE_ID: 'the instance is not assigned to any site',
  IDEMPOTENCY_KEY_REUSED: 'the idempotency key was already used for a different request',
  TARGET_ACCOUNT_ID_NOT_FOUND: 'the target account does not exist',
  SITE_TRANSFER_NOT_ALLOWED: 'transfers between these two accounts are not allowed',
  SITE_TRANSFER_NOT_SUPPORTED: 'the site holds paid services, which block a transfer',
};

export function describeUpstreamCode(code: string): string | undefined {
  return EXPLANATIONS[code];
}
