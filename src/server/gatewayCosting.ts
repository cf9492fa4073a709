import type { GatewayConfig } from '../config.js';
import type { GatewayContext } from '../context.js';
import { UPSTREAM_COSTS } from '../resolvers/upstreamCosts.js';
import type { UpstreamCosting } from '../security/upstreamCostPlugin.js';

/**
 * How the gateway prices an operation from its request context: one
 * definition for HTTP operations (Apollo) and subscriptions (the WebSocket),
 * so a selection costs the same whichever way it arrives.
 */
export function gatewayCosting(limits: GatewayConfig['limits']): UpstreamCosting<GatewayContext> {
  return {
    model: UPSTREAM_COSTS,
    maxUpstreamCalls: limits.maxUpstreamCalls,
    maxResponseObjects: limits.maxResponseObjects,
    pageSize: { default: limits.defaultPageSize, max: limits.maxPageSize },
    inExtensions: limits.costInExtensions,
    callerOf: ({ caller, accountDirectory }) => ({
      accounts: Math.max(1, accountDirectory.accountsOf(caller).length),
      lookupAccounts: accountDirectory.lookupAccountsOf(caller).accounts.length,
      defaultAccountId: accountDirectory.defaultFor(caller),
    }),
    budgetOf: (context) => context.upstreamBudget,
    callsMade: (context) => context.telemetry.upstreamCalls,
  };
}
