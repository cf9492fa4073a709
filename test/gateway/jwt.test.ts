import { exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { ACCOUNTS, SITES, useGateway, type Harness } from '../harness.js';

const SECRET = 'a-shared-hmac-secret-of-at-least-32-chars!';
const ISSUER = 'https://auth.agency.example/';
const AUDIENCE = 'wix-reseller-gateway';

function call(harness: Harness, token: string) {
  return harness.post(
    JSON.stringify({
      query: `{ site(id: "${SITES.customerAShop}", accountId: "${ACCOUNTS.customerA}") { id } }`,
    }),
    { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  );
}

const OK = { status: 200, body: { data: { site: { id: SITES.customerAShop } } } };

describe('JWT callers (HS256 secret)', () => {
  const gateway = useGateway({
    env: {
      GATEWAY_JWT_SECRET: SECRET,
      GATEWAY_JWT_ISSUER: ISSUER,
      GATEWAY_JWT_AUDIENCE: AUDIENCE,
    },
  });
  const key = new TextEncoder().encode(SECRET);
  const sign = (claims: Record<string, unknown>, edit?: (jwt: SignJWT) => SignJWT) => {
    let jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject('customer-a-app')
      .setExpirationTime('5m');
    if (edit) jwt = edit(jwt);
    return jwt.sign(key);
  };

  it('acts on the accounts named in the wix_accounts claim', async () => {
    expect(await call(gateway, await sign({ wix_accounts: [ACCOUNTS.customerA] }))).toEqual(OK);
  });

  it('is FORBIDDEN outside them, naming neither the subject nor anything but the account asked for', async () => {
    const response = await call(gateway, await sign({ wix_accounts: [ACCOUNTS.customerB] }));
    expect(response.body).toMatchObject({
      errors: [
        {
          message: `This caller may not act on account "${ACCOUNTS.customerA}"`,
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
    expect(await gateway.upstreamCalls()).toEqual([]);
  });

  it.each([
    [
      'an expired token',
      { wix_accounts: '*' },
      (j: SignJWT) => j.setExpirationTime(Math.floor(Date.now() / 1000) - 60),
      'Token expired',
    ],
    [
      'another audience',
      { wix_accounts: '*' },
      (j: SignJWT) => j.setAudience('someone-else'),
      'Invalid token',
    ],
    [
      'another issuer',
      { wix_accounts: '*' },
      (j: SignJWT) => j.setIssuer('https://evil.example/'),
      'Invalid token',
    ],
    [
      'no accounts claim',
      {},
      undefined,
      'Token has no valid "wix_accounts" claim ("*" or a list of account GUIDs)',
    ],
    [
      'a malformed accounts claim',
      { wix_accounts: ['not-a-guid'] },
      undefined,
      'Token has no valid "wix_accounts" claim ("*" or a list of account GUIDs)',
    ],
  ])('answers %s with 401 UNAUTHENTICATED', async (_, claims, edit, message) => {
    const response = await call(gateway, await sign(claims, edit));
    expect(response).toEqual({
      status: 401,
      body: { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] },
    });
    expect(await gateway.upstreamCalls()).toEqual([]);
  });

  it('refuses a token signed with another secret, and alg "none"', async () => {
    const forged = await new SignJWT({ wix_accounts: '*' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('x'.repeat(40)));
    expect((await call(gateway, forged)).status).toBe(401);
    const [, payload] = forged.split('.');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    expect((await call(gateway, none)).status).toBe(401);
  });
});

describe('JWT callers (RS256 public key)', () => {
  let privateKey: CryptoKey;
  let publicPem = '';
  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    privateKey = pair.privateKey;
    publicPem = await exportSPKI(pair.publicKey);
  });
  const gateway = useGateway({
    env: {
      get GATEWAY_JWT_PUBLIC_KEY() {
        return publicPem;
      },
      GATEWAY_JWT_ISSUER: ISSUER,
      GATEWAY_JWT_AUDIENCE: AUDIENCE,
    } as Record<string, string>,
  });

  it('verifies the signature with the configured key', async () => {
    const token = await new SignJWT({ wix_accounts: [ACCOUNTS.customerA] })
      .setProtectedHeader({ alg: 'RS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('5m')
      .sign(privateKey);
    expect(await call(gateway, token)).toEqual(OK);
  });
});
