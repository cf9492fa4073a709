import { useGateway } from '../harness.js';

describe('GET /graphiql', () => {
  const gateway = useGateway();

  it('serves a page that loads only same-origin scripts, under a CSP that forbids any other origin', async () => {
    const response = await fetch(`${gateway.gatewayOrigin}/graphiql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await response.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources.filter((s) => !s.startsWith('/graphiql/assets/') && s !== 'data:,')).toEqual([]);
    for (const source of sources.filter((s) => s.startsWith('/'))) {
      expect((await fetch(gateway.gatewayOrigin + source)).status).toBe(200);
    }
  });

  it('answers 404 for a file outside its fixed asset list', async () => {
    const page = await (await fetch(`${gateway.gatewayOrigin}/graphiql`)).text();
    const assets = /\/graphiql\/assets\/[^/]+\//.exec(page)![0];
    for (const name of ['package.json', '..%2Fpackage.json', 'nope.js']) {
      expect((await fetch(`${gateway.gatewayOrigin}${assets}${name}`)).status).toBe(404);
    }
  });
});

describe('GET /graphiql with GRAPHIQL=false', () => {
  const gateway = useGateway({ env: { GRAPHIQL: 'false' } });

  it('is not served', async () => {
    expect((await fetch(`${gateway.gatewayOrigin}/graphiql`)).status).toBe(404);
  });
});
