import { createHash, timingSafeEqual } from 'node:crypto';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHA256_KEY = /^sha256:([0-9a-f]{64})$/i;
/** Raw tokens shorter than this are refused at start-up: they could be guessed. */
export const MIN_TOKEN_LENGTH = 24;

/** The Wix accounts a caller may act on: `'*'` for all, else a list of account GUIDs (lower case). */
export type AccountScope = '*' | readonly string[];

/** One entry of `GATEWAY_TOKENS`: a caller's bearer token, kept only as its SHA-256. */
export interface CallerToken {
  /** Who holds the token, for logs and error messages (never the token itself). */
  readonly name: string;
  /** SHA-256 of the token; the token itself is not kept after start-up. */
  readonly sha256: Buffer;
  readonly accounts: AccountScope;
  /** Display names the entry gives its accounts (`accountNames`), by lower-case GUID. */
  readonly accountNames: ReadonlyMap<string, string>;
}

/**
 * Parses `{ "<token>" | "sha256:<hex>": { "name": "...", "accounts": ["<guid>", ...] | "*",
 * "accountNames"?: { "<guid>": "..." } } }`.
 * A key is either the raw token (at least MIN_TOKEN_LENGTH printable ASCII
 * characters) or `sha256:` and the hex SHA-256 of the token, so the file need
 * not hold the secret. Throws an Error whose message never repeats a key.
 */
export function parseCallerTokens(json: string): CallerToken[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('must be a JSON object (token → { name, accounts })');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error('must be a JSON object (token → { name, accounts })');
  }
  const tokens: CallerToken[] = [];
  for (const [index, [key, value]] of Object.entries(parsed as Record<string, unknown>).entries()) {
    const where = `entry ${index + 1}`;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new Error(`${where} must be an object { name, accounts }`);
    }
    const { name, accounts, accountNames } = value as {
      name?: unknown;
      accounts?: unknown;
      accountNames?: unknown;
    };
    if (typeof name !== 'string' || name.trim() === '') {
      throw new Error(`${where} needs a non-empty "name"`);
    }
    const scope = parseScope(accounts, `${where} ("${name}")`);
    tokens.push({
      name,
      sha256: keyDigest(key, `${where} ("${name}")`),
      accounts: scope,
      accountNames: parseAccountNames(accountNames, scope, `${where} ("${name}")`),
    });
  }
  if (tokens.length === 0) throw new Error('names no token');
  const digests = new Set(tokens.map((t) => t.sha256.toString('hex')));
  if (digests.size !== tokens.length) throw new Error('names the same token twice');
  return tokens;
}

/** `"*"` or a non-empty list of account GUIDs; the list is lower-cased and de-duplicated. */
export function parseScope(accounts: unknown, where: string): AccountScope {
  if (accounts === '*') return '*';
  if (!Array.isArray(accounts) || accounts.length === 0) {
    throw new Error(`${where}: "accounts" must be "*" or a non-empty list of account GUIDs`);
  }
  for (const account of accounts) {
    if (typeof account !== 'string' || !GUID.test(account)) {
      throw new Error(
        `${where}: "accounts" must list account GUIDs, got ${JSON.stringify(account)}`,
      );
    }
  }
  return Object.freeze([...new Set(accounts.map((a: string) => a.toLowerCase()))]);
}

/** `{ "<guid>": "<name>" }` for accounts of the entry's scope; absent means no names. */
function parseAccountNames(
  names: unknown,
  scope: AccountScope,
  where: string,
): ReadonlyMap<string, string> {
  if (names === undefined) return new Map();
  if (names === null || typeof names !== 'object' || Array.isArray(names)) {
    throw new Error(`${where}: "accountNames" must be an object { "<account GUID>": "<name>" }`);
  }
  const parsed = new Map<string, string>();
  for (const [id, label] of Object.entries(names as Record<string, unknown>)) {
    if (!GUID.test(id)) {
      throw new Error(`${where}: "accountNames" keys must be account GUIDs, got "${id}"`);
    }
    if (scope !== '*' && !scope.includes(id.toLowerCase())) {
      throw new Error(`${where}: "accountNames" names account "${id}", which is not in "accounts"`);
    }
    if (typeof label !== 'string' || label.trim() === '') {
      throw new Error(`${where}: "accountNames" must give "${id}" a non-empty name`);
    }
    parsed.set(id.toLowerCase(), label.trim());
  }
  return parsed;
}

function keyDigest(key: string, where: string): Buffer {
  const hashed = SHA256_KEY.exec(key);
  if (hashed) return Buffer.from(hashed[1], 'hex');
  if (key.length < MIN_TOKEN_LENGTH || !/^[\x21-\x7e]+$/.test(key)) {
    throw new Error(
      `${where}: a token must be at least ${MIN_TOKEN_LENGTH} printable ASCII characters without spaces (or "sha256:<hex digest>")`,
    );
  }
  return sha256(key);
}

export function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * The entry whose token is `presented`. Digests are compared in constant time
 * and every entry is compared, so the time taken says nothing about how close
 * a guess came or which entry matched.
 */
export function findCallerToken(
  tokens: readonly CallerToken[],
  presented: string,
): CallerToken | undefined {
  const digest = sha256(presented);
  let found: CallerToken | undefined;
  for (const token of tokens) {
    if (timingSafeEqual(token.sha256, digest) && found === undefined) found = token;
  }
  return found;
}
