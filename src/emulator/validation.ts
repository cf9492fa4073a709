/**
 * Input-format checks that answer 400 with `details.validationError`. A
 * `Violations` collects every problem of a request before failing, because
 * Wix reports several field violations at once (docs/wix-api.md "Error envelope").
 */
import type { FieldViolation } from '../wix-api/types.js';
import { WixError } from './errors.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: unknown): value is string {
  return typeof value === 'string' && GUID.test(value);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class Violations {
  readonly list: FieldViolation[] = [];

  add(
    field: string,
    description: string,
    violatedRule: FieldViolation['violatedRule'] = 'FORMAT',
    data?: Record<string, unknown>,
  ): void {
    const violation: FieldViolation = { field, description, violatedRule };
    if (data) violation.data = data;
    this.list.push(violation);
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  throwIfAny(): void {
    if (!this.empty) throw WixError.validation(this.list);
  }

  required(field: string, value: unknown): boolean {
    if (value === undefined || value === null) {
      this.add(field, 'is required', 'REQUIRED_FIELD');
      return false;
    }
    return true;
  }

  /** A GUID; optional unless `required`. Returns whether the value is usable. */
  guid(field: string, value: unknown, required = false): value is string {
    if (value === undefined || value === null) {
      if (required) this.add(field, 'is required', 'REQUIRED_FIELD');
      return false;
    }
    if (!isGuid(value)) {
      this.add(field, `must be a GUID, got ${JSON.stringify(value)}`, 'FORMAT', {
        expected: 'GUID',
      });
      return false;
    }
    return true;
  }

  /** A string of at most `max` characters; optional unless `required`. */
  string(field: string, value: unknown, max: number, required = false): value is string {
    if (value === undefined || value === null) {
      if (required) this.add(field, 'is required', 'REQUIRED_FIELD');
      return false;
    }
    if (typeof value !== 'string') {
      this.add(field, `must be a string, got ${typeof value}`, 'FORMAT', { expected: 'STRING' });
      return false;
    }
    if (value.length > max) {
      this.add(field, `must be at most ${max} characters, got ${value.length}`, 'MAX_LENGTH', {
        threshold: max,
      });
      return false;
    }
    return true;
  }

  object(field: string, value: unknown, required = false): value is Record<string, unknown> {
    if (value === undefined || value === null) {
      if (required) this.add(field, 'is required', 'REQUIRED_FIELD');
      return false;
    }
    if (!isPlainObject(value)) {
      this.add(field, 'must be an object', 'FORMAT', { expected: 'OBJECT' });
      return false;
    }
    return true;
  }

  boolean(field: string, value: unknown): value is boolean {
    if (value === undefined || value === null) return false;
    if (typeof value !== 'boolean') {
      this.add(field, 'must be a boolean', 'FORMAT', { expected: 'BOOLEAN' });
      return false;
    }
    return true;
  }
}

/** The body as an object: absent bodies count as `{}`, anything else non-object is a 400. */
export function bodyObject(body: unknown): Record<string, unknown> {
  if (body === undefined || body === null) return {};
  if (!isPlainObject(body)) {
    throw WixError.validation([
      {
        field: 'body',
        description: 'request body must be a JSON object',
        violatedRule: 'FORMAT',
      },
    ]);
  }
  return body;
}

/** Shared limit of every Resellers mutation (docs/wix-api.md "Idempotency"). */
export const IDEMPOTENCY_KEY_MAX = 100;
export const EXTERNAL_ID_MAX = 100;
export const DISCOUNT_CODE_MAX = 25;
export const PRODUCTS_MAX = 1000;
