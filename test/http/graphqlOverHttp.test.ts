import { serverAudits } from 'graphql-http';
import { useGateway } from '../harness.js';

const gateway = useGateway();

/**
 * The MAY audits the gateway fails on purpose: GET requests carry no
 * content type, so Apollo's CSRF prevention refuses them unless they carry
 * `apollo-require-preflight` (docs/frontend.md, "GET and CSRF").
 */
const GET_AUDITS_REFUSED_BY_CSRF_PREVENTION = ['5A70', 'D6D5', '6A70'];

describe('GraphQL over HTTP (the graphql-http server audit suite)', () => {
  it('passes every audit but the GET ones CSRF prevention refuses by design', async () => {
    const failed: string[] = [];
    let passed = 0;
    for (const audit of serverAudits({ url: gateway.gatewayUrl })) {
      const result = await audit.fn();
      if (result.status === 'ok') passed += 1;
      else failed.push(`${result.id} ${result.status}: ${result.name} (${result.reason})`);
    }
    expect(failed.map((line) => line.split(' ', 1)[0])).toEqual(
      GET_AUDITS_REFUSED_BY_CSRF_PREVENTION,
    );
    expect(failed.every((line) => / notice: MAY /.test(line))).toBe(true);
    expect(passed).toBe(58);
  });

  it.each([
    ['a document that does not parse', '{ sites {', undefined, 'GRAPHQL_PARSE_FAILED'],
    ['a document that does not validate', '{ nope }', undefined, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'variables that do not coerce',
      'query ($first: Int) { sites(first: $first) { nodes { id } } }',
      { first: 'many' },
      'BAD_USER_INPUT',
    ],
  ])(
    'answers %s 200 to a client accepting only application/json, 400 to one accepting graphql-response+json',
    async (_name, query, variables, reason) => {
      const ask = (accept: string) =>
        fetch(gateway.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept },
          body: JSON.stringify({ query, variables }),
        });
      const legacy = await ask('application/json');
      expect(legacy.status).toBe(200);
      expect(legacy.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await legacy.json()).toEqual({
        errors: [expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', reason } })],
      });
      const modern = await ask('application/graphql-response+json, application/json;q=0.9');
      expect(modern.status).toBe(400);
      expect(modern.headers.get('content-type')).toBe(
        'application/graphql-response+json; charset=utf-8',
      );
      expect(await gateway.upstreamCalls()).toEqual([]);
    },
  );

  it('keeps 400 for a request that is not GraphQL over HTTP at all, whatever the client accepts', async () => {
    const response = await fetch(gateway.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ variables: {} }),
    });
    expect(response.status).toBe(400);
  });
});
