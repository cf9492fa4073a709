import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { upstreamCostPlugin, type UpstreamCosting } from './upstreamCostPlugin.js';

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
  /** Strip "Did you mean …?" from errors: they reveal the schema when introspection is off. */
  hideFieldSuggestions: boolean;
}

/** What ApolloServer needs to enforce the limits: validation rules, plugins, parser options. */
export interface QueryLimitOptions<TContext extends object> {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<TContext>[];
  parseOptions: ParseOptions;
}

/**
 * Depth, alias and directive limits are GraphQL Armor's validation rules;
 * their rejections are re-reported with a stable `reason` (Apollo then answers
 * 400 with GRAPHQL_VALIDATION_FAILED, which formatError turns into
 * BAD_USER_INPUT keeping the reason). Armor's own cost rule has no list
 * multipliers and its token plugin throws from a hook Apollo 5 answers with a
 * 500, so cost is what the operation would make Wix do (upstreamCostPlugin),
 * and tokens are graphql-js's own `maxTokens` parser option.
 */
export function queryLimitOptions<TContext extends object>(
  limits: QueryLimits,
  /** Without it (the WebSocket subscriptions, which take only rules and parser options), no pricing. */
  costing?: UpstreamCosting<TContext>,
): QueryLimitOptions<TContext> {
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
      ...(armor.plugins as unknown as ApolloServerPlugin<TContext>[]),
      tokenLimitReasonPlugin(),
      ...(limits.hideFieldSuggestions ? [hideSuggestionsPlugin()] : []),
      ...(costing ? [upstreamCostPlugin(costing)] : []),
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
