import {
  ROOT_CONTEXT,
  defaultTextMapSetter,
  type Context,
  type TextMapGetter,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/**
 * W3C trace context (`traceparent`, `tracestate`), used directly rather than
 * through the global propagator so it works with any tracer handed to the
 * gateway (tests use their own provider) and never needs global registration.
 */
const W3C = new W3CTraceContextPropagator();

/** Apollo's HeaderMap is a Map of lower-cased names. */
const headerMapGetter: TextMapGetter<ReadonlyMap<string, string>> = {
  get: (carrier, key) => carrier.get(key),
  keys: (carrier) => [...carrier.keys()],
};

/** The caller's trace context from its request headers (the root context when it sent none). */
export function extractTraceContext(headers: ReadonlyMap<string, string> | undefined): Context {
  return headers ? W3C.extract(ROOT_CONTEXT, headers, headerMapGetter) : ROOT_CONTEXT;
}

/** Writes `traceparent` (and `tracestate`) for `context` into outgoing `headers`. */
export function injectTraceContext(context: Context, headers: Record<string, string>): void {
  W3C.inject(context, headers, defaultTextMapSetter);
}
