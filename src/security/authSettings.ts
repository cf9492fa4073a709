import { readFileSync } from 'node:fs';
import { ConfigError, integer, isProduction, url, type Env } from '../config/envReaders.js';
import {
  booleanSetting,
  customSetting,
  settingGroup,
  textSetting,
  type ConfigOf,
  type SettingValues,
} from '../config/setting.js';
import { parseCallerTokens, type CallerToken } from './callerTokens.js';
import type { JwtConfig } from './jwtConfig.js';

const settings = {
  tokens: textSetting({
    name: 'GATEWAY_TOKENS',
    format: 'JSON',
    description:
      'Callers\' static bearer tokens and the accounts each may act on: `{ "<token>" | "sha256:<hex>": { "name": "...", "accounts": ["<guid>", ...] | "*" } }` ([format](operations.md#who-may-call-on-which-accounts)). Only SHA-256 digests are kept. With neither tokens nor JWT, every call is let through (development only).',
  }),
  tokensFile: textSetting({
    name: 'GATEWAY_TOKENS_FILE',
    format: 'path',
    description: 'The same JSON, read from a file (not both).',
  }),
  jwksUrl: textSetting({
    name: 'GATEWAY_JWT_JWKS_URL',
    format: 'URL',
    description:
      "Verify callers' JWTs with the issuer's JWKS endpoint (keys fetched and cached). Only one of `GATEWAY_JWT_JWKS_URL`, `GATEWAY_JWT_PUBLIC_KEY` and `GATEWAY_JWT_SECRET`.",
  }),
  publicKey: textSetting({
    name: 'GATEWAY_JWT_PUBLIC_KEY',
    format: 'PEM (SPKI)',
    description: "Verify callers' JWTs with this public key (`-----BEGIN PUBLIC KEY-----`).",
  }),
  secret: textSetting({
    name: 'GATEWAY_JWT_SECRET',
    format: 'string (≥ 32 chars)',
    description: "Verify callers' JWTs with this shared HMAC secret.",
  }),
  algorithm: textSetting({
    name: 'GATEWAY_JWT_ALGORITHM',
    format: 'JWS `alg`',
    defaultText: '`HS256` with a secret, else `RS256`',
    description:
      'The only accepted algorithm: `HS256`, `HS384` or `HS512` with a secret; an asymmetric one (`RS256`, `PS256`, `ES256`, `EdDSA`, …) with a public key or JWKS.',
  }),
  issuer: textSetting({
    name: 'GATEWAY_JWT_ISSUER',
    format: 'string',
    defaultText: 'required with JWT',
    description: 'Required `iss`.',
  }),
  audience: textSetting({
    name: 'GATEWAY_JWT_AUDIENCE',
    format: 'string',
    defaultText: 'required with JWT',
    description: 'Required `aud`.',
  }),
  accountsClaim: textSetting({
    name: 'GATEWAY_JWT_ACCOUNTS_CLAIM',
    format: 'claim name',
    default: 'wix_accounts',
    description: 'Claim naming the accounts: `"*"` or a list of GUIDs.',
  }),
  maxAgeSeconds: customSetting({
    name: 'GATEWAY_JWT_MAX_AGE_SECONDS',
    format: 'seconds (1–31536000)',
    defaultText: 'unset: `exp` required',
    description:
      'Oldest accepted token by its `iat`; set, a token may omit `exp` but must carry `iat`. Unset, a token without `exp` is refused.',
    read: (raw, env) =>
      raw === undefined ? undefined : integer(env, 'GATEWAY_JWT_MAX_AGE_SECONDS', 0, 1, 31_536_000),
  }),
  allowAnonymous: booleanSetting({
    name: 'GATEWAY_ALLOW_ANONYMOUS',
    default: false,
    description:
      'Start without caller authentication where start-up otherwise fails: with `NODE_ENV=production`, or with a real `WIX_API_KEY` (anyone who reaches the gateway would act with that key).',
  }),
};

/** Who may call, and on which accounts: static tokens, JWT, or nobody checked. */
export const authSettings = settingGroup({
  title: 'Caller authentication',
  about:
    'Who may call the gateway and on which Wix accounts ([operations.md](operations.md#who-may-call-on-which-accounts)).',
  settings,
  finish(values, env) {
    const callerTokens = loadCallerTokens(values);
    const jwt = loadJwtConfig(values, env);
    if (
      isProduction(env) &&
      !values.allowAnonymous &&
      callerTokens.length === 0 &&
      jwt === undefined
    ) {
      throw new ConfigError(
        'NODE_ENV=production needs caller authentication: set GATEWAY_TOKENS, GATEWAY_TOKENS_FILE or GATEWAY_JWT_* (or GATEWAY_ALLOW_ANONYMOUS=true to run open)',
      );
    }
    return { callerTokens, jwt, allowAnonymous: values.allowAnonymous };
  },
});

export type CallerAuthConfig = ConfigOf<typeof authSettings>;

/** Whether callers must authenticate (tokens or JWT configured). */
export function callerAuthenticationEnabled(
  auth: Pick<CallerAuthConfig, 'callerTokens' | 'jwt'>,
): boolean {
  return auth.callerTokens.length > 0 || auth.jwt !== undefined;
}

type Values = SettingValues<typeof settings>;

function loadCallerTokens({ tokens, tokensFile }: Values): readonly CallerToken[] {
  if (tokens !== undefined && tokensFile !== undefined) {
    throw new ConfigError('Set GATEWAY_TOKENS or GATEWAY_TOKENS_FILE, not both');
  }
  const name = tokens !== undefined ? 'GATEWAY_TOKENS' : 'GATEWAY_TOKENS_FILE';
  let json = tokens;
  if (tokensFile !== undefined) {
    try {
      json = readFileSync(tokensFile, 'utf8');
    } catch {
      throw new ConfigError(`GATEWAY_TOKENS_FILE: cannot read "${tokensFile}"`);
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

function loadJwtConfig(values: Values, env: Env): JwtConfig | undefined {
  const { jwksUrl, publicKey, secret } = values;
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
  const algorithm = values.algorithm ?? (secret ? 'HS256' : 'RS256');
  const symmetric = /^HS(256|384|512)$/.test(algorithm);
  if (!/^(HS|RS|PS|ES)(256|384|512)$|^EdDSA$/.test(algorithm) || symmetric !== !!secret) {
    throw new ConfigError(
      `GATEWAY_JWT_ALGORITHM must be ${secret ? 'HS256, HS384 or HS512 with a secret' : 'an asymmetric algorithm (RS256, ES256, EdDSA, …) with a public key or JWKS'}, got "${algorithm}"`,
    );
  }
  const { issuer, audience } = values;
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
    accountsClaim: values.accountsClaim,
    maxAgeSeconds: values.maxAgeSeconds,
  });
}
