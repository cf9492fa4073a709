/** Verification of callers' JWTs (`GATEWAY_JWT_*`); exactly one key source is set. */
export interface JwtConfig {
  /** JWKS endpoint of the issuer (keys fetched and cached by jose). `GATEWAY_JWT_JWKS_URL`. */
  readonly jwksUrl?: string;
  /** PEM public key (SPKI). `GATEWAY_JWT_PUBLIC_KEY`. */
  readonly publicKey?: string;
  /** Shared HMAC secret, at least 32 characters. `GATEWAY_JWT_SECRET`. */
  readonly secret?: string;
  /** The only accepted `alg`. `GATEWAY_JWT_ALGORITHM`, default `HS256` with a secret, else `RS256`. */
  readonly algorithm: string;
  /** Required `iss`. `GATEWAY_JWT_ISSUER`. */
  readonly issuer: string;
  /** Required `aud`. `GATEWAY_JWT_AUDIENCE`. */
  readonly audience: string;
  /** Claim holding the accounts (`"*"` or a list of GUIDs). `GATEWAY_JWT_ACCOUNTS_CLAIM`, default `wix_accounts`. */
  readonly accountsClaim: string;
  /**
   * Oldest accepted token, in seconds since its `iat`: with it, a token may
   * omit `exp` (it must then carry `iat`); without it, `exp` is required.
   * `GATEWAY_JWT_MAX_AGE_SECONDS`, default: unset.
   */
  readonly maxAgeSeconds?: number;
}
