import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * A value the gateway puts into an upstream URL path segment: encoding cannot
 * save `.` and `..` (URL resolution treats them as dot segments and rewrites
 * the path: `…/update/{id}/..` is another route), and a control character has
 * no business in a reference. Anything else (`/` included) is percent-encoded
 * into the one segment.
 */
export function isPathSafe(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    value !== '.' &&
    value !== '..' &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u001f\u007f]/.test(value)
  );
}

/** The class-validator name of IsPathSafe. */
export const IS_PATH_SAFE = 'isPathSafe';

export function IsPathSafe(options: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_PATH_SAFE,
      validator: { validate: isPathSafe },
    },
    {
      message: 'must not be "." or ".." nor contain control characters',
      ...options,
    },
  );
}
