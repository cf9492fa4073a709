import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { badUserInput } from '../errors/index.js';
import { documentHash, type TrustedDocuments } from '../trustedDocuments/index.js';

export interface PrepareOptions {
  schema: GraphQLSchema;
  parseOptions: ParseOptions;
  /** The query limits (depth, aliases, cost, …) added to graphql-js's own rules. */
  validationRules: readonly ValidationRule[];
  /** False hides "Did you mean …?" suggestions, as introspection off does over HTTP. */
  introspection: boolean;
  /** Published documents, when only they may run (`TRUSTED_DOCUMENTS=enforce`). */
  enforcedDocuments: TrustedDocuments | undefined;
}

/**
 * Parses and validates a graphql-ws `subscribe` payload as the HTTP endpoint
 * does, with the same limits and error reasons; subscriptions only.
 */
export function subscriptionPreparer(options: PrepareOptions) {
  return function prepare(
    payload: SubscribePayload,
  ): Omit<ExecutionArgs, 'contextValue'> | GraphQLError[] {
    if (typeof payload.query !== 'string' || payload.query === '') {
      return [badUserInput('A subscription needs a query', { reason: 'BAD_REQUEST' })];
    }
    if (
      options.enforcedDocuments &&
      options.enforcedDocuments.get(documentHash(payload.query)) !== payload.query
    ) {
      return [
        badUserInput('Only trusted documents run on this gateway', {
          reason: 'PERSISTED_QUERY_NOT_FOUND',
        }),
      ];
    }
    let document: DocumentNode;
    try {
      document = parse(payload.query, options.parseOptions);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const tooLarge = /contains more th(?:an|at) \d+ tokens/.test(message);
      return [
        badUserInput(message, { reason: tooLarge ? 'QUERY_TOO_LARGE' : 'GRAPHQL_PARSE_FAILED' }),
      ];
    }
    const errors = validate(options.schema, document, [
      ...specifiedRules,
      ...options.validationRules,
    ]);
    if (errors.length > 0) return errors.map(validationError);
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) {
      return [
        badUserInput('No operation of that name in the document', {
          reason: 'OPERATION_RESOLUTION_FAILURE',
        }),
      ];
    }
    if (operation.operation !== 'subscription') {
      return [
        badUserInput(
          `Send ${operation.operation} operations over HTTP POST; the WebSocket carries subscriptions only`,
          { reason: 'OPERATION_NOT_SUPPORTED' },
        ),
      ];
    }
    return {
      schema: options.schema,
      document,
      operationName: payload.operationName,
      variableValues: payload.variables,
    };
  };

  function validationError(error: GraphQLError): GraphQLError {
    const message = options.introspection
      ? error.message
      : error.message.replace(/\s*Did you mean [^?]*\?/g, '');
    const reason = error.extensions?.reason;
    return badUserInput(message, {
      reason: typeof reason === 'string' ? reason : 'GRAPHQL_VALIDATION_FAILED',
    });
  }
}
