import { WixAccess } from './access/index.js';
import type { ProductCatalog } from './catalog/index.js';
import {
  ResellersApi,
  SitesApi,
  SiteTransferApi,
  type PaidWriteSettings,
  type UpstreamHttp,
} from './datasources/index.js';
import type { AccountDirectory } from './security/AccountDirectory.js';
import { authorizeAccount, type AuthorizedAccount } from './security/authorizeAccount.js';
import type { Caller } from './security/Caller.js';
import type { BoundCursors, CursorBinding, CursorSigner } from './security/CursorSigner.js';
import { MutationRunner } from './services/MutationRunner.js';
import { RequestTelemetry, type TelemetrySinks } from './telemetry/index.js';
import {
  RequestBudget,
  type IdempotencyStore,
  type IdempotencyTiming,
  type UpstreamPolicies,
} from './resilience/index.js';

/** What every resolver receives: the state of one GraphQL request. */
export interface GatewayContext {
  /** Who is calling, and the Wix accounts it may act on. */
  readonly caller: Caller;
  /** The accounts the gateway knows, their names, and each caller's default. */
  readonly accountDirectory: AccountDirectory;
  /** The reseller's product catalog (WIX_CATALOG_FILE, or the embedded emulator's), or none. */
  readonly catalog: ProductCatalog;
  /**
   * The account a query or mutation acts on: its `accountId` argument, else the
   * caller's default (its one account, or the reseller account). FORBIDDEN (before any upstream call) when the caller may
   * not act on it; also the check for any other account an operation names.
   */
  authorize(requested: string | null | undefined): AuthorizedAccount;
  /** The upstream, per authorized account: `ctx.wix.forAccount(ctx.authorize(accountId))`. */
  readonly wix: WixAccess;
  readonly pageSize: { readonly default: number; readonly max: number };
  /** The signed cursors of one connection query, bound to this caller. */
  cursors(binding: CursorBinding): BoundCursors;
  /** What this request did (upstream calls, operation, errors): log line, metrics, trace. */
  readonly telemetry: RequestTelemetry;
  /** Runs each mutation once per caller key, with its upstream keys and payload. */
  readonly mutations: MutationRunner;
  /** The caller's upstream calls per minute (`UPSTREAM_CALLS_PER_MINUTE`); absent when off. */
  readonly upstreamBudget?: RequestUpstreamBudget;
}

/** The caller's budget of upstream calls, as one request spends it. */
export interface RequestUpstreamBudget {
  /**
   * Reserves the operation's estimate before it runs (RATE_LIMITED past the
   * budget); `settle` with the calls it made once it has run.
   */
  reserve(calls: number): Promise<{ settle(callsMade: number): Promise<void> }>;
  /** Counts calls made outside a reservation (a subscription's later events). */
  charge(calls: number): Promise<void>;
}

export interface ContextDependencies {
  /** The process-wide HTTP client (shared sockets, no per-request state). */
  http: UpstreamHttp;
  apiKey: string;
  /** The reseller account and its named family (process-wide, no request state). */
  accountDirectory: AccountDirectory;
  /** The product catalog (process-wide, read at start-up). */
  catalog: ProductCatalog;
  /** The authenticated caller of this request. */
  caller: Caller;
  pageSize: { default: number; max: number };
  /** Process-wide signer of connection cursors (`CURSOR_SECRET`). */
  cursorSigner: CursorSigner;
  /** `GATEWAY_BATCHING`: false turns DataLoader batching and caching off (the naive baseline). */
  batching?: boolean;
  /** Process-wide retry and circuit-breaker policies (no tenant data). */
  policies: UpstreamPolicies;
  /** The request's id (`x-request-id`), for its log line and trace. */
  requestId?: string;
  /** Process-wide metrics and tracer, when configured. */
  telemetry?: TelemetrySinks;
  /** Time budget of one GraphQL request's upstream work, in ms. */
  requestBudgetMs: number;
  /** Deadlines of one upstream attempt, in ms. */
  upstreamTimeouts: { connectMs: number; totalMs: number };
  /** Whether and when a paid write is sent again after a lost answer. */
  paidWrites: PaidWriteSettings;
  /** Process-wide results of mutations by the caller's idempotencyKey. */
  idempotency: IdempotencyStore;
  idempotencyTiming: IdempotencyTiming;
  /** The caller's budget of upstream calls, bound to this request's caller. */
  upstreamBudget?: RequestUpstreamBudget;
}

/** Builds fresh datasources and loaders for one request; nothing is reused across requests. */
export function createContext(deps: ContextDependencies): GatewayContext {
  const telemetry = new RequestTelemetry(deps.requestId ?? '-', deps.telemetry);
  const runtime = {
    telemetry,
    policies: deps.policies,
    budget: new RequestBudget(deps.requestBudgetMs),
    timeouts: deps.upstreamTimeouts,
    paidWrites: deps.paidWrites,
  };
  const apis = {
    resellers: new ResellersApi(deps.http, deps.apiKey, runtime),
    sites: new SitesApi(deps.http, deps.apiKey, runtime),
    siteTransfer: new SiteTransferApi(deps.http, deps.apiKey, runtime),
  };
  return {
    caller: deps.caller,
    accountDirectory: deps.accountDirectory,
    catalog: deps.catalog,
    authorize: (requested) =>
      authorizeAccount(
        deps.caller,
        requested ?? deps.accountDirectory.defaultFor(deps.caller),
        requested == null,
      ),
    wix: new WixAccess(apis, deps.caller, {
      batching: deps.batching,
      onBatch: deps.telemetry?.metrics && telemetry.loaderBatch,
    }),
    pageSize: deps.pageSize,
    cursors: deps.cursorSigner.forCaller(deps.caller),
    telemetry,
    mutations: new MutationRunner(deps.idempotency, deps.idempotencyTiming),
    upstreamBudget: deps.upstreamBudget,
  };
}
