import { DEFAULT_API_KEY } from '../../src/emulator/index.js';
import { CUSTOMER_A_TOKEN, GATEWAY_TOKENS, RESELLER_TOKEN } from '../callers.js';
import { PackageDocument, SitesDocument } from '../generated/graphql.js';
import { ACCOUNTS, PACKAGES, UNKNOWN_ID, useGateway } from '../harness.js';
import { captureStream, expectRedacted } from '../logCapture.js';

const log = captureStream();
const gateway = useGateway({
  // trace: the most the gateway ever writes, so redaction is checked against all of it.
  env: { GATEWAY_TOKENS, LOG_LEVEL: 'trace', UPSTREAM_RETRIES: '1', RETRY_BASE_DELAY_MS: '1' },
  gatewayOptions: { logStream: log.stream },
});

const reseller = { authorization: `Bearer ${RESELLER_TOKEN}` };

/** The request lines written since `from` (the gateway writes one per GraphQL request). */
function requestLines(from: number) {
  return log
    .records()
    .slice(from)
    .filter((r) => r.msg === 'graphql request');
}

async function post(body: object, headers: Record<string, string> = reseller) {
  return fetch(gateway.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('request log', () => {
  it('writes one JSON line per GraphQL request: request id, operation, duration, upstream calls by endpoint, no errors', async () => {
    const from = log.lines().length;
    const response = await post({
      query: 'query SitesPage { sites(first: 2) { nodes { id productInstances { id } } } }',
    });
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const [line, ...rest] = requestLines(from);
    expect(rest).toEqual([]);
    expect(line).toMatchObject({
      level: 30,
      requestId,
      msg: 'graphql request',
      operation: 'SitesPage',
      status: 200,
      upstream: { calls: 2, retries: 0, byEndpoint: { querySites: 1, queryPackages: 1 } },
      errors: [],
    });
    expect(typeof line.durationMs).toBe('number');
  });

  it("reuses a caller's sane x-request-id and replaces one that is not a plain token", async () => {
    const from = log.lines().length;
    const sane = await post(
      { query: '{ sites(first: 1) { totalCount } }' },
      { ...reseller, 'x-request-id': 'abc-123.X:9' },
    );
    expect(sane.headers.get('x-request-id')).toBe('abc-123.X:9');
    const forged = 'x"}\n{"level":60,"msg":"forged';
    const hostile = await post(
      { query: '{ sites(first: 1) { totalCount } }' },
      { ...reseller, 'x-request-id': encodeURIComponent(forged) + ' ' + 'y'.repeat(200) },
    );
    const replaced = hostile.headers.get('x-request-id');
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestLines(from).map((l) => l.requestId)).toEqual(['abc-123.X:9', replaced]);
  });

  it('records the error codes of the answer, the retries, and logs upstream failures at warn', async () => {
    const from = log.lines().length;
    await gateway.execute(PackageDocument, { id: UNKNOWN_ID }, { headers: reseller });
    await gateway.setFaults([{ route: 'queryPackages', kind: 'error', status: 503 }]);
    await gateway.execute(
      PackageDocument,
      { id: PACKAGES.resellerFailedAscend },
      { headers: reseller },
    );
    const [notFound, unavailable] = requestLines(from);
    expect(notFound).toMatchObject({ level: 30, operation: 'Package', errors: ['NOT_FOUND'] });
    expect(unavailable).toMatchObject({
      level: 40,
      operation: 'Package',
      upstream: { calls: 2, retries: 1, byEndpoint: { queryPackages: 2 } },
      errors: ['UPSTREAM_UNAVAILABLE'],
    });
  });

  it('logs requests refused before any operation runs (unauthenticated, malformed body, no document, cross-site GET) with their codes', async () => {
    const from = log.lines().length;
    const unauthenticated = await post(
      { query: '{ sites(first: 1) { totalCount } }' },
      { authorization: 'Bearer nope' },
    );
    expect(unauthenticated.status).toBe(401);
    const malformed = await fetch(gateway.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...reseller },
      body: '{"query": ',
    });
    expect(malformed.status).toBe(400);
    const noDocument = await post({ variables: {} });
    expect(noDocument.status).toBe(400);
    // Apollo's CSRF prevention refuses a simple GET before any context is built.
    const crossSite = await fetch(`${gateway.gatewayUrl}?query=%7B__typename%7D`, {
      headers: reseller,
    });
    expect(crossSite.status).toBe(400);
    expect(requestLines(from)).toMatchObject([
      { status: 401, operation: null, upstream: { calls: 0 }, errors: ['UNAUTHENTICATED'] },
      { status: 400, operation: null, upstream: { calls: 0 }, errors: ['BAD_USER_INPUT'] },
      { status: 400, operation: null, upstream: { calls: 0 }, errors: ['BAD_USER_INPUT'] },
      { status: 400, operation: null, upstream: { calls: 0 }, errors: ['BAD_USER_INPUT'] },
    ]);
  });

  it("never writes the Wix API key or a caller's bearer token, whatever happens", async () => {
    await gateway.execute(SitesDocument, { first: 3 }, { headers: reseller });
    await gateway.execute(
      SitesDocument,
      { accountId: ACCOUNTS.reseller },
      { headers: { authorization: `Bearer ${CUSTOMER_A_TOKEN}` } },
    );
    await post(
      { query: '{ sites(first: 1) { totalCount } }' },
      { authorization: `Bearer ${CUSTOMER_A_TOKEN}x` },
    );
    await gateway.setFaults([{ route: 'querySites', kind: 'drop' }]);
    await gateway.execute(SitesDocument, { first: 1 }, { headers: reseller });
    expect(log.lines().length).toBeGreaterThan(4);
    expectRedacted(log.lines(), [DEFAULT_API_KEY, RESELLER_TOKEN, CUSTOMER_A_TOKEN]);
  });
});
