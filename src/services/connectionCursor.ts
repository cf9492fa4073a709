import { badUserInput } from '../errors/index.js';

/**
 * Position of an item in an upstream cursor-paged result: the upstream cursor
 * of the page it sits in (null for the first page) and how many items of that
 * page precede the position. Wix cursors only point at page starts, so this
 * is what lets any edge serve as `after`.
 */
export interface ConnectionPosition {
  upstreamCursor: string | null;
  skip: number;
}

export function encodeCursor(position: ConnectionPosition): string {
  return Buffer.from(JSON.stringify([position.upstreamCursor, position.skip])).toString(
    'base64url',
  );
}

export function decodeCursor(cursor: string): ConnectionPosition {
  try {
    const [upstreamCursor, skip] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      (upstreamCursor === null || typeof upstreamCursor === 'string') &&
      Number.isInteger(skip) &&
      skip >= 0
    ) {
      return { upstreamCursor, skip };
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput(`after "${truncate(cursor)}" is not a cursor returned by this API`, {
    fieldViolations: [{ field: 'after', description: 'not a cursor returned by this API' }],
  });
}

function truncate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}
