/**
 * Every Wix endpoint the project knows, once: the datasources call them by
 * name, telemetry labels upstream calls with the name, the emulator declares
 * its routes from the method and path, and bench/openapi/wix-reseller.yaml is
 * generated from this table (scripts/print-openapi.mjs).
 */
import type { z } from 'zod';
import * as S from './schemas.js';

/** The Wix API an endpoint belongs to; each has its own circuit breaker. */
export type WixApi = 'resellers' | 'sites' | 'siteTransfer';
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface WixEndpoint {
  /** The route name: datasource method, metric label, emulator route, OpenAPI operationId. */
  readonly name: string;
  readonly method: HttpMethod;
  /** Path template under the base URL, parameters in braces: `/resellers/v1/packages/{id}`. */
  readonly path: string;
  readonly api: WixApi;
  /** Reads are safe to repeat; writes change what the reseller pays for. */
  readonly kind: 'read' | 'write';
  /** Wix's name of the endpoint. */
  readonly summary: string;
  /** Body schema, when the endpoint takes a body. */
  readonly request?: z.ZodType;
  readonly response: z.ZodType;
  /** Wix still answers it, but the gateway does not call it. */
  readonly deprecated?: true;
}

const endpoint = <const E extends WixEndpoint>(e: E) => e;

export const WIX_ENDPOINTS = {
  createPackage: endpoint({
    name: 'createPackage',
    method: 'POST',
    path: '/resellers/v2/packages',
    api: 'resellers',
    kind: 'write',
    summary: 'Create Package V2',
    request: S.CreatePackageRequestSchema,
    response: S.PackageMutationResponseSchema,
  }),
  createPackageV1: endpoint({
    name: 'createPackageV1',
    method: 'POST',
    path: '/resellers/v1/packages',
    api: 'resellers',
    kind: 'write',
    summary: 'Create Package (v1, deprecated: countryCode optional)',
    request: S.CreatePackageRequestSchema,
    response: S.PackageMutationResponseSchema,
    deprecated: true,
  }),
  queryPackages: endpoint({
    name: 'queryPackages',
    method: 'POST',
    path: '/resellers/v1/packages/query',
    api: 'resellers',
    kind: 'read',
    summary: 'Query Packages',
    request: S.QueryPackagesRequestSchema,
    response: S.QueryPackagesResponseSchema,
  }),
  getPackage: endpoint({
    name: 'getPackage',
    method: 'GET',
    path: '/resellers/v1/packages/{id}',
    api: 'resellers',
    kind: 'read',
    summary: 'Get Package',
    response: S.GetPackageResponseSchema,
  }),
  cancelPackage: endpoint({
    name: 'cancelPackage',
    method: 'DELETE',
    path: '/resellers/v1/packages/{id}',
    api: 'resellers',
    kind: 'write',
    summary: 'Cancel Package',
    request: S.IdempotentRequestSchema,
    response: S.PackageMutationResponseSchema,
  }),
  // Before assignInstance: the literal `unassign` segment must win over `{siteId}`.
  unassignInstance: endpoint({
    name: 'unassignInstance',
    method: 'PATCH',
    path: '/resellers/v1/packages/product-instances/{instanceId}/unassign',
    api: 'resellers',
    kind: 'write',
    summary: 'Unassign Product Instance From Site',
    request: S.IdempotentRequestSchema,
    response: S.PackageMutationResponseSchema,
  }),
  assignInstance: endpoint({
    name: 'assignInstance',
    method: 'PATCH',
    path: '/resellers/v1/packages/product-instances/{instanceId}/{siteId}',
    api: 'resellers',
    kind: 'write',
    summary: 'Assign Product Instance To Site',
    request: S.IdempotentRequestSchema,
    response: S.PackageMutationResponseSchema,
  }),
  adjustInstance: endpoint({
    name: 'adjustInstance',
    method: 'PATCH',
    path: '/resellers/v1/packages/product-instances/{instanceId}',
    api: 'resellers',
    kind: 'write',
    summary: 'Adjust Product Instance Specifications',
    request: S.AdjustProductInstanceRequestSchema,
    response: S.PackageMutationResponseSchema,
  }),
  cancelInstance: endpoint({
    name: 'cancelInstance',
    method: 'DELETE',
    path: '/resellers/v1/packages/product-instances/{instanceId}',
    api: 'resellers',
    kind: 'write',
    summary: 'Cancel Product Instance',
    request: S.IdempotentRequestSchema,
    response: S.PackageMutationResponseSchema,
  }),
  updateExternalId: endpoint({
    name: 'updateExternalId',
    method: 'PATCH',
    path: '/resellers/v1/packages/update/{packageId}/{externalId}',
    api: 'resellers',
    kind: 'write',
    summary: 'Update Package External Id',
    response: S.UpdatePackageExternalIdResponseSchema,
  }),
  transferSite: endpoint({
    name: 'transferSite',
    method: 'POST',
    path: '/b2b-site-management/v1/transfer-site',
    api: 'siteTransfer',
    kind: 'write',
    summary: 'Transfer Site',
    request: S.TransferSiteRequestSchema,
    response: S.TransferSiteResponseSchema,
  }),
  querySites: endpoint({
    name: 'querySites',
    method: 'POST',
    path: '/site-list/v2/sites/query',
    api: 'sites',
    kind: 'read',
    summary: 'Query Sites',
    request: S.QuerySitesRequestSchema,
    response: S.QuerySitesResponseSchema,
  }),
  countSites: endpoint({
    name: 'countSites',
    method: 'POST',
    path: '/site-list/v2/sites/count',
    api: 'sites',
    kind: 'read',
    summary: 'Count Sites',
    request: S.CountSitesRequestSchema,
    response: S.CountSitesResponseSchema,
  }),
} as const satisfies Record<string, WixEndpoint>;

export type WixEndpointName = keyof typeof WIX_ENDPOINTS;

/** Names of a path template's parameters, in order: `{id}` → `id`. */
type PathParams<P extends string> = P extends `${string}{${infer N}}${infer Rest}`
  ? N | PathParams<Rest>
  : never;

/** The parameters an endpoint's path needs, by name. */
export type WixPathParams<N extends WixEndpointName> = Record<
  PathParams<(typeof WIX_ENDPOINTS)[N]['path']>,
  string
>;

/** The concrete path of a call; each parameter is escaped so it stays one segment. */
export function wixPath<N extends WixEndpointName>(name: N, params: WixPathParams<N>): string {
  const values = params as Record<string, string>;
  return WIX_ENDPOINTS[name].path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new TypeError(`wixPath(${name}): no value for {${key}}`);
    return encodeURIComponent(value);
  });
}

/** The path template in router syntax: `{id}` → `:id` (fastify, find-my-way). */
export function routerPath(name: WixEndpointName): string {
  return WIX_ENDPOINTS[name].path.replace(/\{(\w+)\}/g, ':$1');
}

const MATCHERS = Object.values(WIX_ENDPOINTS).map((e) => ({
  name: e.name as WixEndpointName,
  method: e.method as string,
  pattern: new RegExp(`^${e.path.replace(/\{\w+\}/g, '[^/]+')}$`),
}));

/**
 * The endpoint a method and concrete path call, or undefined outside the
 * table. The table's order settles overlaps (`…/unassign` before `…/{siteId}`).
 */
export function matchWixEndpoint(method: string, path: string): WixEndpointName | undefined {
  const bare = path.split('?', 1)[0];
  return MATCHERS.find((m) => m.method === method && m.pattern.test(bare))?.name;
}
