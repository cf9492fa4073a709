import { PackageDocument, SitesDocument } from '../generated/graphql.js';
import { PACKAGES, useGateway } from '../harness.js';

const gateway = useGateway({ env: { UPSTREAM_RETRIES: '1', RETRY_BASE_DELAY_MS: '1' } });

async function scrape(): Promise<{ status: number; type: string | null; text: string }> {
  const response = await fetch(`${gateway.gatewayOrigin}/metrics`);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
  };
}

/** The value of one sample, e.g. `gateway_graphql_requests_total{operation="Sites",outcome="ok"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(series + ' '));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  it('counts GraphQL requests by operation and outcome, upstream calls by route name and status, retries, batch sizes and breaker states', async () => {
    await gateway.execute(SitesDocument, { first: 5 });
    await gateway.execute(SitesDocument, { first: 5 });
    await gateway.post(JSON.stringify({ query: '{ sites(first: 1) { totalCount } }' }));
    await gateway.setFaults([{ route: 'queryPackages', kind: 'error', status: 503, times: 1 }]);
    await gateway.execute(PackageDocument, { id: PACKAGES.resellerFailedAscend });
    await gateway.post('{"query": ');

    const { status, type, text } = await scrape();
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    const s = (series: string) => sample(text, series);
    expect(s('gateway_graphql_requests_total{operation="Sites",outcome="ok"}')).toBe(2);
    expect(s('gateway_graphql_requests_total{operation="anonymous",outcome="ok"}')).toBe(1);
    expect(s('gateway_graphql_requests_total{operation="Package",outcome="ok"}')).toBe(1);
    expect(
      s('gateway_graphql_requests_total{operation="anonymous",outcome="BAD_USER_INPUT"}'),
    ).toBe(1);
    expect(s('gateway_graphql_request_duration_seconds_count{operation="Sites"}')).toBe(2);
    // Every attempt the emulator answered, by route and status, and nothing else.
    const upstream = await gateway.upstreamCalls();
    const answered = (route: string, status: number) =>
      upstream.filter((c) => c.route === route && c.status === status).length;
    expect(
      s('gateway_upstream_requests_total{api="sites",endpoint="querySites",status="200"}'),
    ).toBe(answered('querySites', 200));
    expect(
      s('gateway_upstream_requests_total{api="sites",endpoint="countSites",status="200"}'),
    ).toBe(1);
    expect(
      s('gateway_upstream_requests_total{api="resellers",endpoint="queryPackages",status="503"}'),
    ).toBe(1);
    expect(
      s('gateway_upstream_requests_total{api="resellers",endpoint="queryPackages",status="200"}'),
    ).toBe(1);
    expect(
      s('gateway_upstream_request_duration_seconds_count{api="sites",endpoint="querySites"}'),
    ).toBe(answered('querySites', 200));
    expect(s('gateway_upstream_retries_total{api="resellers",endpoint="queryPackages"}')).toBe(1);
    expect(s('gateway_dataloader_batch_size_count{loader="packageById"}')).toBe(1);
    expect(s('gateway_upstream_circuit_breaker_state{api="resellers"}')).toBe(0);
    expect(s('gateway_upstream_circuit_breaker_state{api="sites"}')).toBe(0);
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    // Label values are route names: no raw path and no ID.
    expect(text).not.toContain(PACKAGES.resellerFailedAscend);
  });

  it('caps operation names: unnamed and invalid ones are "anonymous"', async () => {
    await gateway.post(
      JSON.stringify({ query: '{ sites(first: 1) { totalCount } }', operationName: 'x y"z' }),
    );
    const { text } = await scrape();
    expect(text).not.toContain('x y');
  });
});

describe('METRICS_ENABLED=false', () => {
  const quiet = useGateway({ env: { METRICS_ENABLED: 'false' } });

  it('serves no /metrics', async () => {
    const response = await fetch(`${quiet.gatewayOrigin}/metrics`);
    expect(response.status).toBe(404);
  });
});
