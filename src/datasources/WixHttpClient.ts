import type { UpstreamHttp } from './createUpstreamHttp.js';
import { WIX_HEADERS, type WixErrorBody } from '../wix-api/types.js';
import { WixErrorBodySchema } from '../wix-api/schemas.js';
import {
  WIX_ENDPOINTS,
  wixPath,
  type WixEndpointName,
  type WixPathParams,
} from '../wix-api/endpoints.js';
import { readWire } from '../wix-api/readWire.js';
import type { z } from 'zod';
import { translateTransportError } from './translateTransportError.js';
import { translateUpstreamError } from './translateUpstreamError.js';
import { isGatewayError, upstreamUnavailable } from '../errors/index.js';
import type {
  IdempotencyStore,
  PolicyCall,
  RequestBudget,
  UpstreamApi,
  UpstreamPolicies,
} from '../resilience/index.js';
import type { UpstreamCall } from './UpstreamCall.js';
import type { UpstreamObserver } from './UpstreamObserver.js';

export type { UpstreamCall } from './UpstreamCall.js';

/** What a datasource method says about one call; the rest comes from the endpoint table. */
export interface EndpointRequest<N extends WixEndpointName> {
  params: WixPathParams<N>;
  accountId: string;
  body?: unknown;
  action: string;
}

/** The parsed answer of an endpoint, as its response schema reads it. */
export type EndpointResponse<N extends WixEndpointName> = z.infer<
  (typeof WIX_ENDPOINTS)[N]['response']
>;

/** The resilience side of a datasource: process-wide policies, this request's budget. */
export interface UpstreamRuntime {
  readonly policies: UpstreamPolicies;
  readonly budget: RequestBudget;
  /** Connect and total deadline of one attempt, in ms (the total is also capped by the budget). */
  readonly timeouts: { readonly connectMs: number; readonly totalMs: number };
  /** Told of every attempt and retry: this request's counts, metrics and trace. */
  readonly telemetry?: UpstreamObserver;
  /** How paid writes are sent again after a lost answer (src/resilience/sendPaidWrite.ts). */
  readonly paidWrites: PaidWriteSettings;
}

/** From configuration: `WIX_IDEMPOTENCY_REPLAY`, `PAID_WRITE_SETTLE_MS`, `UPSTREAM_RETRIES`. */
export interface PaidWriteSettings {
  /**
   * `trusted`: Wix is taken to replay the first answer for a repeated
   * idempotencyKey, so a paid write is resent under its key without reading
   * first. `untrusted` (default): it is read back first.
   */
  readonly replay: 'trusted' | 'untrusted';
  /** How long a write that timed out may still land upstream, in ms. */
  readonly settleMs: number;
  /** Resends of one paid write, each after a read proved it absent. */
  readonly resends: number;
  /**
   * Where writes whose outcome stayed unknown are remembered by their key (the
   * idempotency store, shared by replicas), and for how long, in ms.
   */
  readonly unsettled: { readonly store: IdempotencyStore; readonly ttlMs: number };
}

/**
 * Base of every Wix datasource. A call goes through a fixed sequence of small
 * steps (policy → headers → send → translate errors → parse), each
 * overridable, so cross-cutting behaviour lives here and subclasses only
 * declare endpoints. Instances are per GraphQL request; the HTTP client and
 * the policies underneath are shared.
 */
export abstract class WixHttpClient {
  /** Which Wix API the subclass talks to: each has its own circuit breaker. */
  protected abstract readonly api: UpstreamApi;

  constructor(
    private readonly http: UpstreamHttp,
    private readonly apiKey: string,
    protected readonly runtime: UpstreamRuntime,
  ) {}

  /** Calls an endpoint of the table and reads its answer with the endpoint's response schema. */
  protected request<N extends WixEndpointName>(
    endpoint: N,
    request: EndpointRequest<N>,
  ): Promise<EndpointResponse<N>> {
    const { method, kind } = WIX_ENDPOINTS[endpoint];
    return this.call<EndpointResponse<N>>({
      endpoint,
      method,
      path: wixPath(endpoint, request.params),
      params: request.params,
      accountId: request.accountId,
      ...(request.body !== undefined && { body: request.body }),
      kind,
      action: request.action,
    });
  }

  protected async call<T>(call: UpstreamCall): Promise<T> {
    const { policies, budget, timeouts, telemetry } = this.runtime;
    let attempts = 0;
    try {
      const body = await policies.execute(
        { api: this.api, retry: this.retryOn(call), action: call.action },
        budget,
        timeouts.totalMs,
        (timeoutMs) => {
          attempts += 1;
          return this.attempt(call, timeoutMs);
        },
      );
      return this.parse<T>(body, call);
    } finally {
      if (attempts > 1) telemetry?.upstreamRetried(this.api, call.method, call.path, attempts - 1);
    }
  }

  /**
   * Reads may be sent again after any transient failure. A write whose body
   * carries an idempotency key (a paid Resellers write) only after a 429,
   * unless Wix's replay of the key is trusted: after a lost answer it is
   * sendPaidWrite that decides, by reading first. Other writes never.
   */
  protected retryOn(call: UpstreamCall): PolicyCall['retry'] {
    if (call.kind === 'read') return 'transient';
    const key = (call.body as { idempotencyKey?: unknown } | undefined)?.idempotencyKey;
    if (typeof key !== 'string' || key === '') return 'none';
    return this.runtime.paidWrites.replay === 'trusted' ? 'transient' : 'refusal';
  }

  /** One HTTP exchange: the body of a 2xx/3xx answer, or a translated GatewayError. */
  protected async attempt(call: UpstreamCall, timeoutMs: number): Promise<string> {
    const headers = this.headers(call);
    const recorded = this.runtime.telemetry?.upstreamAttempt(
      this.api,
      call.method,
      call.path,
      headers,
    );
    let response;
    try {
      response = await this.send(call, timeoutMs, headers);
    } catch (error) {
      recorded?.(isGatewayError(error, 'UPSTREAM_TIMEOUT') ? 'timeout' : 'network');
      throw error;
    }
    recorded?.(response.statusCode);
    if (response.statusCode >= 400) {
      throw translateUpstreamError(
        {
          statusCode: response.statusCode,
          body: this.readErrorBody(response.body, call),
          retryAfter: response.headers['retry-after'],
        },
        call,
      );
    }
    return response.body;
  }

  /**
   * Reads an error answer's envelope tolerantly: real bodies often carry only
   * `applicationError.code` (docs/wix-api.md). A 5xx's empty body is no drift.
   */
  protected readErrorBody(body: string, call: UpstreamCall): WixErrorBody | undefined {
    const parsed = parseJson(body);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const reading = readWire(WixErrorBodySchema, parsed);
    if (reading.drift.length > 0)
      this.runtime.telemetry?.upstreamDrift(call.endpoint, reading.drift);
    return reading.ok ? (reading.value as WixErrorBody) : undefined;
  }

  protected headers(call: UpstreamCall): Record<string, string> {
    return {
      [WIX_HEADERS.authorization]: this.apiKey,
      [WIX_HEADERS.accountId]: call.accountId,
    };
  }

  protected async send(call: UpstreamCall, timeoutMs: number, headers = this.headers(call)) {
    try {
      return await this.http.send({
        method: call.method,
        path: call.path,
        headers,
        body: call.body,
        connectTimeoutMs: this.runtime.timeouts.connectMs,
        timeoutMs,
      });
    } catch (error) {
      throw translateTransportError(error, call);
    }
  }

  /**
   * Reads a 2xx answer with the endpoint's response schema, tolerantly
   * (src/wix-api/readWire.ts): drift is reported to telemetry; only an
   * answer without what the gateway needs (an ID) is refused.
   */
  protected parse<T>(body: string, call: UpstreamCall): T {
    const parsed = parseJson(body);
    if (parsed === undefined || typeof parsed !== 'object' || parsed === null) {
      throw upstreamUnavailable(
        `Could not ${call.action}: Wix answered with a body that is not a JSON object`,
        { reason: 'UPSTREAM_CONTRACT' },
      );
    }
    const reading = readWire(WIX_ENDPOINTS[call.endpoint].response, parsed);
    if (reading.drift.length > 0)
      this.runtime.telemetry?.upstreamDrift(call.endpoint, reading.drift);
    if (!reading.ok) {
      throw upstreamUnavailable(`Could not ${call.action}: Wix's answer lacks ${reading.path}`, {
        reason: 'UPSTREAM_CONTRACT',
      });
    }
    return reading.value as T;
  }
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
