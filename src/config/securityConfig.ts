import { readFileSync } from 'node:fs';
import { parseCallerTokens, type CallerToken } from '../security/callerTokens.js';
import type { JwtConfig } from '../security/jwtConfig.js';
import {
  boolean,
  ConfigError,
  integer,
  isProduction,
  optionalString,
  url,
  type Env,
} from './envReaders.js';

/** Hostile-input limits and caller access control; README "Security". */
export interface SecurityConfig {
  /**
   * Whether the schema can be introspected (`__schema`, `__type`).
   * `INTROSPECTION`, default `true`, `false` when `NODE_ENV=production`.
   */
  readonly introspection: boolean;
  /** Deepest field nesting of an operation, in levels. `MAX_QUERY_DEPTH`, default 10. */
  readonly maxQueryDepth: number;
  /** Most aliases in one operation. `MAX_ALIASES`, default 15. */
  readonly maxAliases: number;
  /** Most directives in one document. `MAX_DIRECTIVES`, default 10. */
  readonly maxDirectives: number;
  /** Most lexical tokens in one document; the parser stops past it. `MAX_QUERY_TOKENS`, default 3000. */
  readonly maxQueryTokens: number;
  /**
   * Largest estimated cost of one operation, in points: 1 per field, a list's
   * selection counted once per item (`first`, or the default page size, for
   * connections; `QUERY_COST_LIST_SIZE` for other lists). `MAX_QUERY_COST`, default 5000.
   */
  readonly maxQueryCost: number;
  /** Items assumed in a list of objects without `first` (e.g. `productInstances`), for the cost. `QUERY_COST_LIST_SIZE`, default 10. */
  readonly queryCostListSize: number;
  /** Largest HTTP request body, in bytes. `MAX_BODY_BYTES`, default 1048576 (1 MiB). */
  readonly maxBodyBytes: number;
  /**
   * Most operations in one HTTP request (a JSON array body). `MAX_BATCH_OPERATIONS`,
   * default 1: batching is off; each operation of a batch is limited on its own.
   */
  readonly maxBatchOperations: number;
  /**
   * Callers' static bearer tokens and the accounts each may act on, from
   * `GATEWAY_TOKENS` (JSON) or `GATEWAY_TOKENS_FILE` (path of a JSON file):
   * `{ "<token>" | "sha256:<hex>": { "name": "...", "accounts": ["<guid>", ...] | "*" } }`.
   * Default: none. With neither tokens nor JWT, every call is let through (development only).
   */
  readonly callerTokens: readonly CallerToken[];
  /** Callers' JWT verification (`GATEWAY_JWT_*`, see JwtConfig). Default: off. */
  readonly jwt: JwtConfig | undefined;
  /**
   * Let calls through without caller authentication even with
   * `NODE_ENV=production`. `GATEWAY_ALLOW_ANONYMOUS`, default `false`: in
   * production, start-up fails unless tokens or JWT are configured.
   */
  readonly allowAnonymous: boolean;
}

export function securityConfig(env: Env): SecurityConfig {
  const production = isProduction(env);
  const callerTokens = loadCallerTokens(env);
  const jwt = loadJwtConfig(env);
  const allowAnonymous = boolean(env, 'GATEWAY_ALLOW_ANONYMOUS', false);
  if (production && !allowAnonymous && callerTokens.length === 0 && jwt === undefined) {
    throw new ConfigError(
      'NODE_ENV=production needs caller authentication: set GATEWAY_TOKENS, GATEWAY_TOKENS_FILE or GATEWAY_JWT_* (or GATEWAY_ALLOW_ANONYMOUS=true to run open)',
    );
  }
  return {
    introspection: boolean(env, 'INTROSPECTION', !production),
    maxQueryDepth: integer(env, 'MAX_QUERY_DEPTH', 10, 1, 100),
    maxAliases: integer(env, 'MAX_ALIASES', 15, 0, 1_000),
    maxDirectives: integer(env, 'MAX_DIRECTIVES', 10, 0, 1_000),
    maxQueryTokens: integer(env, 'MAX_QUERY_TOKENS', 3_000, 10, 1_000_000),
    maxQueryCost: integer(env, 'MAX_QUERY_COST', 5_000, 1, 100_000_000),
    queryCostListSize: integer(env, 'QUERY_COST_LIST_SIZE', 10, 1, 1_000),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 1_048_576, 1_024, 104_857_600),
    maxBatchOperations: integer(env, 'MAX_BATCH_OPERATIONS', 1, 1, 100),
    callerTokens,
    jwt,
    allowAnonymous,
  };
}

function loadCallerTokens(env: Env): readonly CallerToken[] {
  const inline = optionalString(env, 'GATEWAY_TOKENS');
  const file = optionalString(env, 'GATEWAY_TOKENS_FILE');
  if (inline !== undefined && file !== undefined) {
    throw new ConfigError('Set GATEWAY_TOKENS or GATEWAY_TOKENS_FILE, not both');
  }
  const name = inline !== undefined ? 'GATEWAY_TOKENS' : 'GATEWAY_TOKENS_FILE';
  let json = inline;
  if (file !== undefined) {
    try {
      json = readFileSync(file, 'utf8');
    } catch {
      throw new ConfigError(`GATEWAY_TOKENS_FILE: cannot read "${file}"`);
    }
  }
  if (json === undefined) return Object.freeze([]);
  try {
    return Object.freeze(parseCallerTokens(json).map((token) => Object.freeze(token)));
  } catch (error) {
    // The message never repeats a token.
    throw new ConfigError(`${name} ${(error as Error).message}`);
  }
}

function loadJwtConfig(env: Env): JwtConfig | undefined {
  const jwksUrl = optionalString(env, 'GATEWAY_JWT_JWKS_URL');
  const publicKey = optionalString(env, 'GATEWAY_JWT_PUBLIC_KEY');
  const secret = optionalString(env, 'GATEWAY_JWT_SECRET');
  const sources = [jwksUrl, publicKey, secret].filter((v) => v !== undefined).length;
  if (sources === 0) return undefined;
  if (sources > 1) {
    throw new ConfigError(
      'Set only one of GATEWAY_JWT_JWKS_URL, GATEWAY_JWT_PUBLIC_KEY, GATEWAY_JWT_SECRET',
    );
  }
  if (jwksUrl !== undefined) url(env, 'GATEWAY_JWT_JWKS_URL', jwksUrl);
  if (publicKey !== undefined && !publicKey.includes('-----BEGIN PUBLIC KEY-----')) {
    throw new ConfigError('GATEWAY_JWT_PUBLIC_KEY must be a PEM public key (BEGIN PUBLIC KEY)');
  }
  if (secret !== undefined && secret.length < 32) {
    throw new ConfigError('GATEWAY_JWT_SECRET must be at least 32 characters');
  }
  const algorithm = optionalString(env, 'GATEWAY_JWT_ALGORITHM') ?? (secret ? 'HS256' : 'RS256');
  const symmetric = /^HS(256|384|512)$/.test(algorithm);
  if (!/^(HS|RS|PS|ES)(256|384|512)$|^EdDSA$/.test(algorithm) || symmetric !== !!secret) {
    throw new ConfigError(
      `GATEWAY_JWT_ALGORITHM must be ${secret ? 'HS256, HS384 or HS512 with a secret' : 'an asymmetric algorithm (RS256, ES256, EdDSA, …) with a public key or JWKS'}, got "${algorithm}"`,
    );
  }
  const issuer = optionalString(env, 'GATEWAY_JWT_ISSUER');
  const audience = optionalString(env, 'GATEWAY_JWT_AUDIENCE');
  if (issuer === undefined || audience === undefined) {
    throw new ConfigError('GATEWAY_JWT_ISSUER and GATEWAY_JWT_AUDIENCE are required with JWT');
  }
  return Object.freeze({
    jwksUrl,
    publicKey,
    secret,
    algorithm,
    issuer,
    audience,
    accountsClaim: optionalString(env, 'GATEWAY_JWT_ACCOUNTS_CLAIM') ?? 'wix_accounts',
    maxAgeSeconds:
      optionalString(env, 'GATEWAY_JWT_MAX_AGE_SECONDS') === undefined
        ? undefined
        : integer(env, 'GATEWAY_JWT_MAX_AGE_SECONDS', 0, 1, 31_536_000),
  });
}
