/**
 * The Wix error envelope (docs/wix-api.md "Error envelope") and the closed list of codes the emulator
 * can answer with. Every non-2xx response goes through `WixError`, so no other
 * shape (and never a stack trace) can leave the server.
 */
import type { FieldViolation, WixErrorBody } from '../wix-api/types.js';

/** Business error codes with the HTTP status Wix documents for each (docs/wix-api.md). */
export const APPLICATION_ERRORS = {
  // Resellers: Create Package / Adjust
  PRODUCT_NOT_FOUND: 404,
  ACCOUNT_NOT_FOUND: 404,
  SITE_NOT_FOUND: 404,
  INVALID_REFERENCE_PRODUCT_INSTANCE_ID: 404,
  PRODUCT_LIMIT_EXCEEDED: 428,
  PRODUCT_SETTINGS_NOT_FOUND: 428,
  MISSING_BILLING_CYCLE: 428,
  INCOMPATIBLE_BILLING_CYCLE: 428,
  INVALID_BILLING_CYCLE: 428,
  INVALID_PRODUCTS: 428,
  MULTIPLE_PRODUCT_ASSIGNMENTS: 428,
  PRODUCT_TYPE_ALREADY_ASSIGNED: 428,
  PRODUCT_NOT_SUPPORTED_ON_SITE: 428,
  PRODUCT_INSTANCE_NOT_FOUND: 428,
  INCOMPATIBLE_PRODUCT_INSTANCE_STATUS: 428,
  INCOMPATIBLE_PRODUCT: 428,
  MISSING_PRODUCT_DETAILS: 428,
  OPERATION_NOT_SUPPORTED_FOR_PRODUCT: 428,
  MISSING_SITE_ID: 428,
  // Emulator choice where Wix documents none (README: choices)
  PACKAGE_NOT_FOUND: 404,
  IDEMPOTENCY_KEY_REUSED: 409,
  // B2B Site Management (SITE_NOT_FOUND is 400 there, passed explicitly)
  TARGET_ACCOUNT_ID_NOT_FOUND: 428,
  SITE_TRANSFER_NOT_ALLOWED: 403,
  SITE_TRANSFER_NOT_SUPPORTED: 428,
} as const;

export type ApplicationErrorCode = keyof typeof APPLICATION_ERRORS;

export class WixError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: WixErrorBody,
    /** Extra response headers, e.g. `Retry-After` on 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
    this.name = 'WixError';
  }

  /** A business rejection: `details.applicationError`. */
  static application(
    code: ApplicationErrorCode,
    description: string,
    options: { status?: number; data?: Record<string, unknown> } = {},
  ): WixError {
    const applicationError: { code: string; description: string; data?: Record<string, unknown> } =
      { code, description };
    if (options.data) applicationError.data = options.data;
    return new WixError(options.status ?? APPLICATION_ERRORS[code], {
      message: description,
      details: { applicationError },
    });
  }

  /** Input-format failures: 400 with every violation found, not just the first. */
  static validation(fieldViolations: FieldViolation[]): WixError {
    const message = fieldViolations.map((v) => `${v.field}: ${v.description}`).join('; ');
    return new WixError(400, { message, details: { validationError: { fieldViolations } } });
  }

  /** Transport-level and auth errors carry an empty `details`. */
  static plain(statusCode: number, message: string, headers?: Record<string, string>): WixError {
    return new WixError(statusCode, { message, details: {} }, headers);
  }

  /** 5xx deliberately carries an empty envelope, as Wix does (docs/wix-api.md "Error envelope"). */
  static system(statusCode = 500): WixError {
    return new WixError(statusCode, { message: '', details: {} });
  }
}
