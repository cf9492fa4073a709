import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { badUserInput } from '../errors/index.js';
import {
  estimateUpstreamCost,
  PRICED_ARGUMENTS,
  type CallerAccounts,
  type UpstreamCostEstimate,
  type UpstreamCostModel,
} from './estimateUpstreamCost.js';

/** How the plugin prices operations and what it reads of a request's context. */
export interface UpstreamCosting<TContext> {
  model: UpstreamCostModel;
  /** `MAX_UPSTREAM_CALLS`. */
  maxUpstreamCalls: number;
  /** `MAX_RESPONSE_OBJECTS`. */
  maxResponseObjects: number;
  pageSize: { default: number; max: number };
  /** `QUERY_COST_EXTENSIONS`: answer the estimate in `extensions.cost`. */
  inExtensions: boolean;
  callerOf(context: TContext): CallerAccounts;
  /** The caller's budget of upstream calls per minute, when on. */
  budgetOf(
    context: TContext,
  ): { reserve(calls: number): Promise<{ settle(callsMade: number): Promise<void> }> } | undefined;
  /** Upstream attempts the request has made so far. */
  callsMade(context: TContext): number;
}

/** Estimates kept per document (a small LRU per document, the documents themselves Apollo's). */
const ESTIMATES_PER_DOCUMENT = 32;
/** Keys longer than this (a huge cursor, say) are priced without caching. */
const MAX_CACHED_KEY_LENGTH = 1_024;

interface DocumentEstimates {
  /** The variables the document passes as priced arguments: all an estimate reads of the variables. */
  pricedVariables: string[];
  byKey: Map<string, UpstreamCostEstimate>;
}

/** An operation as the pricer reads it. */
export interface OperationToPrice<TContext> {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Readonly<Record<string, unknown>> | undefined;
  contextValue: TContext;
}

/**
 * Prices operations before they run (estimateUpstreamCost): refuses one over
 * MAX_UPSTREAM_CALLS or MAX_RESPONSE_OBJECTS with QUERY_TOO_COMPLEX (which
 * costs the caller's budget nothing), and reserves the estimate from the
 * caller's budget. An estimate is computed once per parsed document (Apollo
 * keeps parsed documents), operation, caller's accounts and values of the
 * variables it reads. HTTP operations go through `upstreamCostPlugin`,
 * subscriptions through the WebSocket's `onSubscribe`.
 */
export function upstreamPricer<TContext extends object>(costing: UpstreamCosting<TContext>) {
  const cache = new WeakMap<DocumentNode, DocumentEstimates>();

  function estimateOf(
    document: DocumentNode,
    request: Parameters<typeof estimateUpstreamCost>[0],
  ): UpstreamCostEstimate {
    let estimates = cache.get(document);
    if (!estimates) {
      estimates = { pricedVariables: pricedVariablesOf(document), byKey: new Map() };
      cache.set(document, estimates);
    }
    const { caller } = request;
    const key = JSON.stringify([
      request.operation.name?.value ?? '',
      caller.accounts,
      caller.lookupAccounts,
      caller.defaultAccountId,
      // Any other value (an object where an Int belongs) fails coercion later.
      ...estimates.pricedVariables.map((name) => scalarOrNull(request.variables?.[name])),
    ]);
    const cached = estimates.byKey.get(key);
    if (cached) return cached;
    const estimate = estimateUpstreamCost(request, costing.model);
    if (key.length > MAX_CACHED_KEY_LENGTH) return estimate;
    if (estimates.byKey.size >= ESTIMATES_PER_DOCUMENT) {
      estimates.byKey.delete(estimates.byKey.keys().next().value!);
    }
    estimates.byKey.set(key, estimate);
    return estimate;
  }

  return {
    /** What the operation would cost upstream. */
    estimate(op: OperationToPrice<TContext>): UpstreamCostEstimate {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const definition of op.document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) {
          fragments[definition.name.value] = definition;
        }
      }
      return estimateOf(op.document, {
        schema: op.schema,
        operation: op.operation,
        fragments,
        variables: op.variables,
        pageSize: costing.pageSize,
        caller: costing.callerOf(op.contextValue),
      });
    },
    /**
     * Lets an estimated operation run: refuses it over the limits, else
     * reserves the estimate from the caller's budget (RATE_LIMITED past it).
     * Settle the reservation with the calls made once it has run.
     */
    async admit(
      estimate: UpstreamCostEstimate,
      contextValue: TContext,
    ): Promise<{ settle(callsMade: number): Promise<void> } | undefined> {
      refuseOverLimit(estimate.upstreamCalls, costing.maxUpstreamCalls, 'MAX_UPSTREAM_CALLS');
      refuseOverLimit(estimate.objects, costing.maxResponseObjects, 'MAX_RESPONSE_OBJECTS');
      return costing.budgetOf(contextValue)?.reserve(estimate.upstreamCalls);
    },
  };
}

/**
 * Prices every HTTP operation before it runs (`upstreamPricer`), and after
 * the answer settles its reservation to the calls the operation made.
 */
export function upstreamCostPlugin<TContext extends object>(
  costing: UpstreamCosting<TContext>,
): ApolloServerPlugin<TContext> {
  const pricer = upstreamPricer(costing);
  return {
    async requestDidStart() {
      let estimate: UpstreamCostEstimate | undefined;
      let reservation: { settle(callsMade: number): Promise<void> } | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          // graphql-js validation lets an operation through on a schema without
          // its root type, and execution then fails without a code; refuse it here.
          if (!schema.getRootType(operation.operation)) {
            throw badUserInput(`This gateway does not support ${operation.operation} operations`, {
              reason: 'OPERATION_NOT_SUPPORTED',
              http: { status: 400 },
            });
          }
          estimate = pricer.estimate({
            schema,
            document,
            operation,
            variables: request.variables,
            contextValue,
          });
          reservation = await pricer.admit(estimate, contextValue);
        },
        async willSendResponse({ response, contextValue }) {
          if (!estimate) return;
          await reservation?.settle(costing.callsMade(contextValue));
          if (costing.inExtensions && response.body.kind === 'single') {
            const result = response.body.singleResult;
            result.extensions = {
              ...result.extensions,
              cost: {
                estimatedUpstreamCalls: finiteOrNull(estimate.upstreamCalls),
                estimatedObjects: finiteOrNull(estimate.objects),
              },
            };
          }
        },
      };
    },
  };
}

const WHAT: Record<string, string> = {
  MAX_UPSTREAM_CALLS: 'make an estimated {n} upstream calls',
  MAX_RESPONSE_OBJECTS: 'answer an estimated {n} objects',
};

function refuseOverLimit(
  estimated: number,
  maximum: number,
  limit: 'MAX_UPSTREAM_CALLS' | 'MAX_RESPONSE_OBJECTS',
): void {
  if (estimated <= maximum) return;
  const finite = Number.isFinite(estimated);
  const what = WHAT[limit].replace('{n}', finite ? String(estimated) : 'unbounded');
  const over = finite ? `${estimated - maximum} over` : 'over';
  throw badUserInput(
    `This operation would ${what}, ${over} ${limit} (${maximum}): ask for fewer aliases, smaller pages or fewer nested lists`,
    {
      reason: 'QUERY_TOO_COMPLEX',
      limit,
      estimated: finiteOrNull(estimated),
      maximum,
      // Read by Apollo for the HTTP status; formatError drops it.
      http: { status: 400 },
    },
  );
}

function pricedVariablesOf(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (PRICED_ARGUMENTS.includes(node.name.value) && node.value.kind === Kind.VARIABLE) {
        names.add(node.value.name.value);
      }
    },
  });
  return [...names].sort();
}

function scalarOrNull(value: unknown): string | number | boolean | null {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? value
    : null;
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
