import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { badUserInput } from '../errors/index.js';
import { estimateQueryCost } from './estimateQueryCost.js';

/** Why a request was refused before execution, in `extensions.reason` (code BAD_USER_INPUT). */
export type QueryLimitReason =
  | 'QUERY_TOO_DEEP'
  | 'TOO_MANY_ALIASES'
  | 'TOO_MANY_DIRECTIVES'
  | 'QUERY_TOO_LARGE'
  | 'QUERY_TOO_COMPLEX';

export interface QueryLimits {
  /** Deepest field nesting (fragments add no level). */
  maxDepth: number;
  /** Most aliases in one operation. */
  maxAliases: number;
  /** Most directives in one document. */
  maxDirectives: number;
  /** Most lexical tokens in one document; the parser stops past it. */
  maxTokens: number;
  /** Largest estimated cost of one operation (see estimateQueryCost). */
  maxCost: number;
  defaultPageSize: number;
  maxPageSize: number;
  /** Items assumed in a list of objects that takes no `first`. */
  assumedListSize: number;
  /** Strip "Did you mean …?" from errors: they reveal the schema when introspection is off. */
  hideFieldSuggestions: boolean;
}

/** What ApolloServer needs to enforce the limits: validation rules, plugins, parser options. */
export interface QueryLimitOptions {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  parseOptions: ParseOptions;
}

/**
 * Depth, alias and directive limits are GraphQL Armor's validation rules;
 * their rejections are re-reported with a stable `reason` (Apollo then answers
 * 400 with GRAPHQL_VALIDATION_FAILED, which formatError turns into
 * BAD_USER_INPUT keeping the reason). Armor's own cost rule has no list
 * multipliers and its token plugin throws from a hook Apollo 5 answers with a
 * 500, so cost is estimateQueryCost in a plugin, and tokens are graphql-js's
 * own `maxTokens` parser option.
 */
export function queryLimitOptions(limits: QueryLimits): QueryLimitOptions {
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [reject('QUERY_TOO_DEEP')],
    },
    maxAliases: {
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [reject('TOO_MANY_ALIASES')],
    },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [reject('TOO_MANY_DIRECTIVES')],
    },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    // Armor's Apollo variant leaves a dangling "?"; hideSuggestionsPlugin does it.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    validationRules: armor.validationRules,
    plugins: [
      // Armor's typings name Apollo's CommonJS build; its plugins are plain objects.
      ...(armor.plugins as unknown as ApolloServerPlugin[]),
      tokenLimitReasonPlugin(),
      ...(limits.hideFieldSuggestions ? [hideSuggestionsPlugin()] : []),
      queryCostPlugin(limits),
    ],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

function reject(reason: QueryLimitReason) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
        extensions: { reason },
      }),
    );
  };
}

/** graphql-js reports "more than N tokens" as a plain syntax error; give it its reason. */
function tokenLimitReasonPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async parsingDidStart() {
          return async (error) => {
            if (
              error instanceof GraphQLError &&
              /contains more th(?:an|at) \d+ tokens/.test(error.message)
            ) {
              (error.extensions as Record<string, unknown>).reason = 'QUERY_TOO_LARGE';
            }
          };
        },
      };
    },
  };
}

/** Strips graphql-js's "Did you mean …?" from every error: it reveals the schema. */
function hideSuggestionsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            error.message = error.message.replace(/\s*Did you mean [^?]*\?/g, '');
          }
        },
      };
    },
  };
}

function queryCostPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          // graphql-js validation lets `subscription { … }` through on a schema without
          // subscriptions and execution then fails without a code; refuse it here.
          if (!schema.getRootType(operation.operation)) {
            throw badUserInput(`This gateway does not support ${operation.operation} operations`, {
              reason: 'OPERATION_NOT_SUPPORTED',
              http: { status: 400 },
            });
          }
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) {
              fragments[definition.name.value] = definition;
            }
          }
          const cost = estimateQueryCost(
            { schema, operation, fragments, variables: request.variables },
            limits,
          );
          if (cost > limits.maxCost) {
            throw badUserInput(
              `Query cost ${Number.isFinite(cost) ? cost : 'unbounded'} exceeds the limit of ${limits.maxCost}: ask for fewer items (smaller first) or fewer nested lists`,
              {
                reason: 'QUERY_TOO_COMPLEX',
                cost: Number.isFinite(cost) ? cost : null,
                maxCost: limits.maxCost,
                // Read by Apollo for the HTTP status; formatError drops it.
                http: { status: 400 },
              },
            );
          }
        },
      };
    },
  };
}
