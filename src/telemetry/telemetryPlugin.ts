import type {
  ApolloServerPlugin,
  GraphQLRequestContextWillSendResponse,
  GraphQLRequestListener,
} from '@apollo/server';
import { SpanKind, SpanStatusCode, trace, type Tracer } from '@opentelemetry/api';
import type { RequestTelemetry } from './RequestTelemetry.js';
import { extractTraceContext } from './traceContextPropagation.js';

interface TelemetryContext {
  readonly telemetry: RequestTelemetry;
}

/**
 * Apollo plugin behind the request log line, the GraphQL metrics and the
 * operation's trace: it tells the request's RequestTelemetry the operation
 * name and the error codes of the answer. With a tracer it also opens the
 * operation span (child of the caller's `traceparent`, if any) and a span per
 * root field (each query and mutation the operation runs; nested fields are
 * not traced, they would only measure mapping). Upstream spans hang under the
 * operation span: a DataLoader batch serves several resolvers at once.
 */
export function telemetryPlugin<TContext extends TelemetryContext>(
  tracer?: Tracer,
): ApolloServerPlugin<TContext> {
  // Without tracing every request shares one listener: nothing is allocated per request.
  const untraced: GraphQLRequestListener<TContext> = {
    async willSendResponse(requestContext) {
      recordOutcome(requestContext);
    },
  };
  if (tracer === undefined) {
    return { requestDidStart: async () => untraced };
  }
  return {
    async requestDidStart({ contextValue, request }) {
      const { telemetry } = contextValue;
      const parent = extractTraceContext(request.http?.headers);
      const span = tracer.startSpan(
        'graphql.operation',
        { kind: SpanKind.SERVER, attributes: { 'gateway.request_id': telemetry.requestId } },
        parent,
      );
      const operationContext = trace.setSpan(parent, span);
      telemetry.traceContext = operationContext;
      return {
        async didResolveOperation({ operation, operationName }) {
          const type = operation?.operation ?? 'query';
          span.updateName(`${type} ${operationName ?? 'anonymous'}`);
          span.setAttribute('graphql.operation.type', type);
          if (operationName) span.setAttribute('graphql.operation.name', operationName);
        },
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              if (info.path.prev !== undefined) return undefined;
              const field = `${info.parentType.name}.${info.fieldName}`;
              const fieldSpan = tracer.startSpan(
                `graphql.resolve ${field}`,
                { attributes: { 'graphql.field.path': String(info.path.key) } },
                operationContext,
              );
              return (error) => {
                if (error) fieldSpan.setStatus({ code: SpanStatusCode.ERROR });
                fieldSpan.end();
              };
            },
          };
        },
        async willSendResponse(requestContext) {
          recordOutcome(requestContext);
          const codes = telemetry.errorCodes;
          if (codes) {
            span.setAttribute('graphql.error.codes', codes);
            span.setStatus({ code: SpanStatusCode.ERROR, message: codes[0] });
          }
          span.end();
        },
      };
    },
  };
}

function recordOutcome<TContext extends TelemetryContext>(
  requestContext: GraphQLRequestContextWillSendResponse<TContext>,
): void {
  const { telemetry } = requestContext.contextValue;
  // The resolved name, else (a document that did not parse or validate) what the client sent.
  telemetry.operationName ??=
    requestContext.operationName ?? requestContext.request.operationName ?? undefined;
  const body = requestContext.response.body;
  const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
  if (errors && errors.length > 0) {
    const codes = (telemetry.errorCodes ??= []);
    for (const error of errors) {
      const code = error.extensions?.code;
      codes.push(typeof code === 'string' ? code : 'UNKNOWN');
    }
  }
}
