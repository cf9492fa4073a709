import { ProductCatalog } from '../catalog/index.js';
import type { ResolvedConfig } from '../config.js';
import { createContext, type GatewayContext } from '../context.js';
import { createUpstreamHttp, type UpstreamHttp } from '../datasources/index.js';
import { UpstreamPolicies } from '../resilience/index.js';
import type { SharedStores } from '../scaling/index.js';
import { AccountDirectory } from '../security/AccountDirectory.js';
import { CursorSigner } from '../security/CursorSigner.js';
import { GATEWAY_INTERNAL_CALLER, type Caller } from '../security/Caller.js';
import type { RequestTelemetry, TelemetrySinks } from '../telemetry/index.js';

/** What every request shares to reach Wix: one HTTP transport and the resilience policies. */
export interface Upstream {
  readonly http: UpstreamHttp;
  readonly policies: UpstreamPolicies;
}

export function createUpstream(config: ResolvedConfig): Upstream {
  return {
    http: createUpstreamHttp({
      baseUrl: config.upstream.baseUrl,
      timeoutMs: config.upstream.timeoutMs,
    }),
    policies: new UpstreamPolicies(config.resilience),
  };
}

/** Builds one request's context; without a caller, the gateway's own (the readiness probe). */
export type ContextFactory = (
  caller?: Caller,
  request?: { id: string; ip: string; gatewayTelemetry: RequestTelemetry | null },
) => GatewayContext;

export function createContextFactory(
  config: ResolvedConfig,
  upstream: Upstream,
  shared: Pick<SharedStores, 'idempotency' | 'idempotencyTiming' | 'upstreamCallBudget'>,
  telemetry: TelemetrySinks,
): ContextFactory {
  const accountDirectory = new AccountDirectory(
    config.upstream.accountId,
    config.accounts.familyAccounts,
    config.accounts.siteLookupMaxAccounts,
  );
  const cursorSigner = new CursorSigner(config.limits.cursorSecret, config.limits.cursorTtlSeconds);
  const budget = shared.upstreamCallBudget;
  const catalog = new ProductCatalog(config.catalog.products);
  return (caller = GATEWAY_INTERNAL_CALLER, request) => {
    const context = createContext({
      caller,
      requestId: request?.id,
      telemetry,
      http: upstream.http,
      apiKey: config.upstream.apiKey,
      accountDirectory,
      catalog,
      cursorSigner,
      pageSize: { default: config.limits.defaultPageSize, max: config.limits.maxPageSize },
      batching: config.loaders.batching,
      policies: upstream.policies,
      requestBudgetMs: config.resilience.requestBudgetMs,
      upstreamTimeouts: {
        connectMs: config.upstream.connectTimeoutMs,
        totalMs: config.upstream.timeoutMs,
      },
      paidWrites: {
        replay: config.resilience.idempotencyReplay,
        settleMs: config.resilience.paidWriteSettleMs,
        resends: config.resilience.retries,
        unsettled: { store: shared.idempotency, ttlMs: shared.idempotencyTiming.ttlMs },
      },
      idempotency: shared.idempotency,
      idempotencyTiming: shared.idempotencyTiming,
      upstreamBudget: budget &&
        request && {
          reserve: (calls) => budget.reserve(caller, request.ip, calls),
          charge: (calls) => budget.charge(caller, request.ip, calls),
        },
    });
    if (request) request.gatewayTelemetry = context.telemetry;
    return context;
  };
}
