import { SpanKind } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import { loadConfig } from '../../src/config.js';
import { CreatePackageDocument, SitesWithInstancesDocument } from '../generated/graphql.js';
import { ACCOUNTS, PRODUCTS, useGateway } from '../harness.js';

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const gateway = useGateway({ gatewayOptions: { tracer: provider.getTracer('test') } });

const CALLER_TRACE = '0af7651916cd43dd8448eb211c80319c';
const CALLER_SPAN = 'b7ad6b7169203331';

afterAll(() => provider.shutdown());
beforeEach(() => exporter.reset());

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe('tracing (a tracer given, as OTEL_* does through index.ts)', () => {
  it("makes an operation span under the caller's traceparent, a span per root field and per upstream call beneath it, and sends traceparent upstream", async () => {
    const response = await gateway.execute(
      SitesWithInstancesDocument,
      { first: 2 },
      { headers: { traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01` } },
    );
    expect(response.errors).toBeUndefined();
    const spans = exporter.getFinishedSpans();
    const operation = spans.find((s) => s.name === 'query SitesWithInstances');
    expect(operation).toBeDefined();
    expect(operation!.kind).toBe(SpanKind.SERVER);
    expect(operation!.spanContext().traceId).toBe(CALLER_TRACE);
    expect(parentOf(operation!)).toBe(CALLER_SPAN);
    expect(operation!.attributes).toMatchObject({
      'graphql.operation.type': 'query',
      'graphql.operation.name': 'SitesWithInstances',
    });
    const operationId = operation!.spanContext().spanId;

    const fields = spans.filter((s) => s.name.startsWith('graphql.resolve'));
    expect(fields.map((s) => s.name)).toEqual(['graphql.resolve Query.sites']);
    expect(parentOf(fields[0]!)).toBe(operationId);

    const upstream = spans.filter((s) => s.kind === SpanKind.CLIENT);
    expect(upstream.map((s) => s.name).sort()).toEqual(['POST queryPackages', 'POST querySites']);
    for (const span of upstream) {
      expect(parentOf(span)).toBe(operationId);
      expect(span.spanContext().traceId).toBe(CALLER_TRACE);
      expect(span.attributes['http.response.status_code']).toBe(200);
    }

    // The emulator saw each call's own span as its parent.
    const calls = await gateway.upstreamCalls();
    expect(calls.map((c) => c.traceparent).sort()).toEqual(
      upstream.map((s) => `00-${CALLER_TRACE}-${s.spanContext().spanId}-01`).sort(),
    );
  });

  it('starts a new trace without a caller traceparent, and traces mutations as root fields', async () => {
    const response = await gateway.execute(CreatePackageDocument, {
      accountId: ACCOUNTS.reseller,
      input: { products: [{ catalogProductId: PRODUCTS.logoOneTime, countryCode: 'DE' }] },
    });
    expect(response.errors).toBeUndefined();
    const spans = exporter.getFinishedSpans();
    const operation = spans.find((s) => s.name === 'mutation CreatePackage')!;
    expect(operation).toBeDefined();
    expect(parentOf(operation)).toBeUndefined();
    expect(spans.map((s) => s.name)).toEqual(
      expect.arrayContaining(['graphql.resolve Mutation.createPackage', 'POST createPackage']),
    );
  });

  it('marks the operation span as failed with the error codes', async () => {
    await gateway.setFaults([{ route: 'querySites', kind: 'error', status: 500 }]);
    await gateway.execute(SitesWithInstancesDocument, { first: 1 });
    const operation = exporter
      .getFinishedSpans()
      .find((s) => s.name === 'query SitesWithInstances')!;
    expect(operation.status.code).toBe(2); // SpanStatusCode.ERROR
    expect(operation.attributes['graphql.error.codes']).toEqual(['UPSTREAM_UNAVAILABLE']);
  });
});

describe('tracing switches (OTEL_*)', () => {
  const tracing = (env: Record<string, string>) => loadConfig(env).telemetry.tracing;

  it('is off by default, on with an exporter or an OTLP endpoint, and off again when the SDK is disabled', () => {
    expect(tracing({}).enabled).toBe(false);
    expect(tracing({ OTEL_TRACES_EXPORTER: 'otlp' })).toMatchObject({
      enabled: true,
      exporter: 'otlp',
    });
    expect(tracing({ OTEL_TRACES_EXPORTER: 'console' })).toMatchObject({
      enabled: true,
      exporter: 'console',
    });
    expect(tracing({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }).enabled).toBe(true);
    expect(
      tracing({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://127.0.0.1:4318/v1/traces' }).enabled,
    ).toBe(true);
    expect(
      tracing({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x', OTEL_TRACES_EXPORTER: 'none' }).enabled,
    ).toBe(false);
    expect(tracing({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'true' }).enabled).toBe(
      false,
    );
    expect(tracing({ OTEL_SERVICE_NAME: 'gw-eu' }).serviceName).toBe('gw-eu');
    expect(() => tracing({ OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(/OTEL_TRACES_EXPORTER/);
  });
});
