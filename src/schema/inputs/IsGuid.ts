import { ValidateBy } from 'class-validator';

/** Wix IDs are GUIDs; the upstream rejects anything else, so the gateway does first. */
export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The class-validator name of IsGuid: validateArgs lower-cases the values it checks. */
export const IS_GUID = 'isGuid';

export function IsGuid(options: { each?: boolean } = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_GUID,
      validator: { validate: (value) => typeof value === 'string' && GUID_PATTERN.test(value) },
    },
    { message: 'must be a GUID', each: options.each },
  );
}
