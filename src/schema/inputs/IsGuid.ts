import { Matches } from 'class-validator';

/** Wix IDs are GUIDs; the upstream rejects anything else, so the gateway does first. */
export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function IsGuid(options: { each?: boolean } = {}): PropertyDecorator {
  return Matches(GUID_PATTERN, { message: 'must be a GUID', each: options.each });
}
