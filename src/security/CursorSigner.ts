import { createHmac, timingSafeEqual } from 'node:crypto';
import { badUserInput, oneFieldViolation } from '../errors/index.js';
import type { Caller } from './Caller.js';

/**
 * A point between two items of an upstream cursor-paged result, named by a
 * Wix cursor, since Wix cursors only point at page boundaries: `skip` items
 * after where that cursor's page starts (`cursor` null: the start of the
 * list) or, when `backward`, `skip` items before where the page of a Wix
 * `prev` cursor ends.
 */
export interface Gap {
  cursor: string | null;
  skip: number;
  backward: boolean;
}

/**
 * Where an edge sits: the gap after it, where a page read forward from the
 * edge (`after`) starts, and the gap before it, where a page read backward
 * from it (`before`) ends. Either lets any edge serve as `after` or `before`.
 */
export interface ConnectionPosition {
  after: Gap;
  before: Gap;
}

/** The connection argument a cursor arrived in, named in errors. */
export type CursorArgument = 'after' | 'before';

/** What a cursor is valid for, besides its caller: one connection of one account, one query. */
export interface CursorBinding {
  /** The connection field, e.g. `sites`. */
  connection: string;
  /** The account acted on. */
  accountId: string;
  /** Everything that shapes the result (the upstream filter and sort): a re-filtered cursor is refused. */
  query: unknown;
}

/** Encodes and checks the cursors of one connection query of one caller. */
export interface BoundCursors {
  encode(position: ConnectionPosition): string;
  /** The position, or BAD_USER_INPUT (`reason: INVALID_CURSOR`) for anything this binding did not issue. */
  decode(cursor: string, argument: CursorArgument): ConnectionPosition;
}

const VERSION = 'c2';

/**
 * Connection cursors the gateway issues: `<payload>.<mac>`, both base64url,
 * where the payload is the position and its expiry and the MAC is
 * HMAC-SHA256 over the payload and everything the cursor is bound to (the
 * caller's credential, the account, the connection, the query). The binding
 * is not in the payload, so a cursor carries nothing but a position; a
 * cursor made up by a client, or taken from another caller, account,
 * connection or filter, fails the MAC and never reaches Wix, whose cursor
 * would otherwise read past the caller's scope.
 */
export class CursorSigner {
  private readonly key: Buffer;

  constructor(
    /** `CURSOR_SECRET`: shared by every replica, so any of them accepts any other's cursors. */
    secret: string,
    /** How long a cursor stays valid, in seconds. */
    private readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {
    this.key = Buffer.from(secret, 'utf8');
  }

  /** Cursors of one caller; the caller's credential is part of every binding. */
  forCaller(caller: Caller): (binding: CursorBinding) => BoundCursors {
    // Built-in callers and the development caller have no credential: one shared identity.
    const callerKey = caller.credential ?? `builtin:${caller.name}`;
    return (binding) => {
      const context = JSON.stringify([
        VERSION,
        callerKey,
        binding.accountId.toLowerCase(),
        binding.connection,
        canonicalJson(binding.query),
      ]);
      return {
        encode: (position) => {
          const expires = Math.floor(this.now() / 1000) + this.ttlSeconds;
          const payload = Buffer.from(
            JSON.stringify([gapToJson(position.after), gapToJson(position.before), expires]),
          ).toString('base64url');
          return `${payload}.${this.mac(context, payload).toString('base64url')}`;
        },
        decode: (cursor, argument) => this.verify(context, cursor, argument),
      };
    };
  }

  private mac(context: string, payload: string): Buffer {
    return createHmac('sha256', this.key).update(context).update('\n').update(payload).digest();
  }

  private verify(context: string, cursor: string, argument: CursorArgument): ConnectionPosition {
    const dot = cursor.lastIndexOf('.');
    const payload = cursor.slice(0, dot);
    // Compared as text: base64url decoding skips stray characters and ignores
    // the last character's spare bits, so several texts decode to one MAC.
    const given = Buffer.from(cursor.slice(dot + 1));
    const expected = Buffer.from(this.mac(context, payload).toString('base64url'));
    if (dot < 1 || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw invalidCursor(
        argument,
        `${argument} is not a cursor this API returned for this query: pass ${argument === 'after' ? 'an endCursor' : 'a startCursor'} or edge cursor of an earlier page, with the same accountId, filter and sort`,
      );
    }
    const [after, before, expires] = JSON.parse(
      Buffer.from(payload, 'base64url').toString('utf8'),
    ) as [unknown, unknown, unknown];
    const position = { after: gapFromJson(after), before: gapFromJson(before) };
    if (!position.after || !position.before || typeof expires !== 'number') {
      // Only the gateway signs payloads: a well-signed malformed one is a bug here.
      throw new Error('A signed connection cursor holds a malformed position');
    }
    if (expires * 1000 <= this.now()) {
      throw invalidCursor(
        argument,
        `${argument} is an expired cursor: start again from the first page`,
      );
    }
    return position as ConnectionPosition;
  }
}

function gapToJson(gap: Gap): [string | null, number, 0 | 1] {
  return [gap.cursor, gap.skip, gap.backward ? 1 : 0];
}

function gapFromJson(json: unknown): Gap | undefined {
  if (!Array.isArray(json) || json.length !== 3) return undefined;
  const [cursor, skip, backward] = json as unknown[];
  if (cursor !== null && typeof cursor !== 'string') return undefined;
  if (!Number.isInteger(skip) || (skip as number) < 0) return undefined;
  if (backward !== 0 && backward !== 1) return undefined;
  return { cursor: cursor as string | null, skip: skip as number, backward: backward === 1 };
}

function invalidCursor(argument: CursorArgument, message: string) {
  return badUserInput(message, {
    reason: 'INVALID_CURSOR',
    ...oneFieldViolation(argument, 'INVALID_CURSOR', 'not a valid cursor for this query'),
  });
}

/** JSON with object keys sorted, so equal queries bind equally whatever their key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
