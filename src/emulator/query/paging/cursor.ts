/**
 * Opaque paging cursors: base64url JSON of the query position. A cursor
 * carries the filter and sort it was made for (so follow-up pages need neither,
 * as Wix requires) and the endpoint and account it belongs to, so a cursor can
 * never be replayed against another account's data.
 */
import type { Filter, Sorting } from '../../../wix-api/types.js';
import { isPlainObject } from '../../validation.js';

export interface CursorPosition {
  /** Endpoint the cursor belongs to, e.g. `querySites`. */
  endpoint: string;
  accountId: string;
  filter?: Filter;
  sort: Required<Sorting>[];
  /** A `next` cursor: sort key of the last item already returned; the page starts after it (keyset paging). */
  after?: unknown[];
  /** A `prev` cursor: sort key of the first item already returned; the page ends before it. */
  before?: unknown[];
}

const VERSION = 1;

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify({ v: VERSION, ...position }), 'utf8').toString('base64url');
}

/** The decoded position, or `undefined` for anything that is not a cursor this emulator made. */
export function decodeCursor(cursor: string): CursorPosition | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (
    !isPlainObject(parsed) ||
    parsed.v !== VERSION ||
    typeof parsed.endpoint !== 'string' ||
    typeof parsed.accountId !== 'string' ||
    !Array.isArray(parsed.sort) ||
    // Exactly one direction.
    Array.isArray(parsed.after) === Array.isArray(parsed.before) ||
    (parsed.filter !== undefined && !isPlainObject(parsed.filter))
  ) {
    return undefined;
  }
  const position: CursorPosition = {
    endpoint: parsed.endpoint,
    accountId: parsed.accountId,
    sort: parsed.sort as Required<Sorting>[],
  };
  if (Array.isArray(parsed.after)) position.after = parsed.after;
  if (Array.isArray(parsed.before)) position.before = parsed.before;
  if (parsed.filter !== undefined) position.filter = parsed.filter as Filter;
  return position;
}
