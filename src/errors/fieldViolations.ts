import { GatewayError, type GatewayErrorExtensions } from './GatewayError.js';

/**
 * One input a form can show an error beside: `field` is the GraphQL path of
 * the argument (`input.products[0].billingInfo`, `toSiteId`), `reason` a
 * stable word to branch or translate on (docs/errors.md), `description` the
 * gateway's own words.
 */
export interface FieldViolation {
  readonly field: string;
  readonly reason: string;
  readonly description: string;
}

/** The extensions of an error about one argument: `fieldViolations` naming it alone. */
export function oneFieldViolation(
  field: string,
  reason: string,
  description: string,
): GatewayErrorExtensions {
  return { fieldViolations: [{ field, reason, description }] };
}

/** The argument path a field of an upstream request came from, or undefined for none. */
export type ArgumentOf = (wireField: string) => string | undefined;

/**
 * `error` with the upstream request fields it concerns (its `wireViolations`)
 * named as the arguments they came from, in `extensions.fieldViolations`. A
 * field no argument maps to is dropped; an error the gateway already placed,
 * or one with nothing to place, is returned as it is.
 */
export function placeWireViolations(error: GatewayError, argumentOf: ArgumentOf): GatewayError {
  if (error.extensions.fieldViolations !== undefined) return error;
  const fieldViolations = error.wireViolations.flatMap(({ field, reason, description }) => {
    const argument = argumentOf(field);
    return argument === undefined ? [] : [{ field: argument, reason, description }];
  });
  if (fieldViolations.length === 0) return error;
  const extensions: GatewayErrorExtensions = { ...error.extensions, fieldViolations };
  delete extensions.code;
  return new GatewayError(error.code, error.message, extensions);
}
