import { HeaderMap } from '@apollo/server';
import {
  createRemoteJWKSet,
  importSPKI,
  jwtVerify,
  type CryptoKey,
  type JWTVerifyGetKey,
} from 'jose';
import { GatewayError, GatewayErrorCode } from '../errors/index.js';
import { UNAUTHENTICATED_DEVELOPMENT_CALLER, type Caller } from './Caller.js';
import { findCallerToken, parseScope, sha256, type CallerToken } from './callerTokens.js';
import { callerAuthenticationEnabled } from './authSettings.js';
import type { JwtConfig } from './jwtConfig.js';

export interface AuthConfig {
  readonly callerTokens: readonly CallerToken[];
  readonly jwt: JwtConfig | undefined;
}

/** Turns a request's `Authorization` header into its Caller, or throws UNAUTHENTICATED. */
export type Authenticator = (authorization: string | undefined) => Promise<Caller>;

/** Longer headers are refused unread: no legitimate token or JWT is this long. */
const MAX_AUTHORIZATION_LENGTH = 8192;
const BEARER = /^Bearer +([\x21-\x7e]+)$/i;
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]*$/;

/**
 * Built once at start-up. Static tokens are looked up first (constant-time),
 * then a JWT-shaped token is verified when JWT is configured. Error messages
 * never repeat the presented token.
 */
export function createAuthenticator(config: AuthConfig): Authenticator {
  if (!callerAuthenticationEnabled(config)) {
    return async () => UNAUTHENTICATED_DEVELOPMENT_CALLER;
  }
  const verifyJwt = config.jwt && createJwtVerifier(config.jwt);
  return async (authorization) => {
    if (authorization === undefined || authorization.trim() === '') {
      throw unauthenticated('Missing credentials: send Authorization: Bearer <token>');
    }
    const match = authorization.length <= MAX_AUTHORIZATION_LENGTH && BEARER.exec(authorization);
    if (!match) {
      throw unauthenticated('Malformed Authorization header: expected "Bearer <token>"');
    }
    const token = match[1];
    const entry = findCallerToken(config.callerTokens, token);
    if (entry) {
      return Object.freeze({
        name: entry.name,
        accounts: entry.accounts,
        accountNames: entry.accountNames,
        credential: `token:${entry.sha256.toString('hex')}`,
      });
    }
    if (verifyJwt && JWT_SHAPE.test(token)) return verifyJwt(token);
    throw unauthenticated('Invalid token');
  };
}

function createJwtVerifier(jwt: JwtConfig): (token: string) => Promise<Caller> {
  let key: Promise<CryptoKey | Uint8Array | JWTVerifyGetKey>;
  if (jwt.jwksUrl) {
    key = Promise.resolve(createRemoteJWKSet(new URL(jwt.jwksUrl), { timeoutDuration: 5_000 }));
  } else if (jwt.publicKey) {
    key = importSPKI(jwt.publicKey, jwt.algorithm);
    // A bad key is reported at start-up by loadConfig; keep the rejection handled here.
    key.catch(() => undefined);
  } else {
    key = Promise.resolve(new TextEncoder().encode(jwt.secret));
  }
  // A token without an end of life cannot be revoked short of rotating the
  // key: require `exp`, or, with a maximum age configured, `iat` within it.
  const options = {
    issuer: jwt.issuer,
    audience: jwt.audience,
    algorithms: [jwt.algorithm],
    ...(jwt.maxAgeSeconds === undefined
      ? { requiredClaims: ['exp'] }
      : { requiredClaims: ['iat'], maxTokenAge: jwt.maxAgeSeconds }),
  };
  return async (token) => {
    let payload: Record<string, unknown>;
    try {
      const resolved = await key;
      const result =
        typeof resolved === 'function'
          ? await jwtVerify(token, resolved, options)
          : await jwtVerify(token, resolved, options);
      payload = result.payload;
    } catch (error) {
      throw unauthenticated(jwtRefusal(error as { code?: unknown; claim?: unknown }));
    }
    let accounts;
    try {
      accounts = parseScope(payload[jwt.accountsClaim], `claim "${jwt.accountsClaim}"`);
    } catch {
      throw unauthenticated(
        `Token has no valid "${jwt.accountsClaim}" claim ("*" or a list of account GUIDs)`,
      );
    }
    const sub = typeof payload.sub === 'string' ? payload.sub : '';
    return Object.freeze({
      name: sub !== '' ? sub : 'jwt',
      accounts,
      credential: `jwt:${sha256(JSON.stringify([payload.iss, sub])).toString('hex')}`,
    });
  };
}

function jwtRefusal(error: { code?: unknown; claim?: unknown }): string {
  if (error.code === 'ERR_JWT_EXPIRED') return 'Token expired';
  if (error.code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && error.claim === 'exp') {
    return 'Token has no expiry (exp)';
  }
  if (error.code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && error.claim === 'iat') {
    return 'Token has no valid issue time (iat) within the maximum age';
  }
  return 'Invalid token';
}

function unauthenticated(message: string): GatewayError {
  return new GatewayError(GatewayErrorCode.UNAUTHENTICATED, message, {
    // Read by Apollo for the HTTP status and headers; formatError drops it.
    http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer']]) },
  });
}

/** The one start-up line that says calls are let through unauthenticated; undefined when they are not. */
export function callerAuthenticationWarning(config: AuthConfig): string | undefined {
  if (callerAuthenticationEnabled(config)) return undefined;
  return 'WARNING: caller authentication is OFF (no GATEWAY_TOKENS, GATEWAY_TOKENS_FILE or GATEWAY_JWT_*): every caller may act on every Wix account. Use this for local development only.';
}
