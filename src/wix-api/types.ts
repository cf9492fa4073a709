/**
 * Wire types of the three Wix REST APIs the gateway fronts, inferred from the
 * schemas in schemas.ts: one contract, read by the gateway's datasources and
 * served by the emulator, so the two cannot drift apart.
 */

import type { z } from 'zod';
import type * as S from './schemas.js';

/** GUID strings everywhere; lower-case in every Wix example. */
export type Guid = string;
/** RFC 3339 UTC timestamp with milliseconds, e.g. `2021-12-02T15:45:30.941Z`. */
export type Timestamp = string;

// ---------------------------------------------------------------- errors

export type FieldViolation = z.infer<typeof S.FieldViolationSchema>;
export type WixErrorBody = z.infer<typeof S.WixErrorBodySchema>;

// ---------------------------------------------------------- query language

export type SortOrder = z.infer<typeof S.SortOrderSchema>;
export type QueryV2 = z.infer<typeof S.QueryV2Schema>;
export type Sorting = NonNullable<QueryV2['sort']>[number];
export type CursorPaging = NonNullable<QueryV2['cursorPaging']>;
export type OffsetPaging = NonNullable<QueryV2['paging']>;
/** A Mongo-like filter object; the operators per field are in docs/wix-api.md. */
export type Filter = z.infer<typeof S.FilterSchema>;
export type PagingMetadataV2 = z.infer<typeof S.PagingMetadataSchema>;

// --------------------------------------------------------------- Resellers

export type ProductInstanceStatus = z.infer<typeof S.ProductInstanceStatusSchema>;
export type CycleDescriptorType = z.infer<typeof S.CycleDescriptorTypeSchema>;
export type IntervalUnit = z.infer<typeof S.IntervalUnitSchema>;
export type FailureReasonCode = z.infer<typeof S.FailureReasonCodeSchema>;
export type Interval = z.infer<typeof S.IntervalSchema>;
export type Cycle = z.infer<typeof S.CycleSchema>;
export type FailureReason = z.infer<typeof S.FailureReasonSchema>;
export type ProductInstance = z.infer<typeof S.ProductInstanceSchema>;
export type Package = z.infer<typeof S.PackageSchema>;
export type ProductInput = z.infer<typeof S.ProductInputSchema>;
export type CreatePackageRequest = z.infer<typeof S.CreatePackageRequestSchema>;
export type IdempotentRequest = z.infer<typeof S.IdempotentRequestSchema>;
export type AdjustProductInstanceRequest = z.infer<typeof S.AdjustProductInstanceRequestSchema>;
export type QueryPackagesRequest = z.infer<typeof S.QueryPackagesRequestSchema>;
export type PackageMutationResponse = z.infer<typeof S.PackageMutationResponseSchema>;
export type GetPackageResponse = z.infer<typeof S.GetPackageResponseSchema>;
export type QueryPackagesResponse = z.infer<typeof S.QueryPackagesResponseSchema>;
export type UpdatePackageExternalIdResponse = z.infer<
  typeof S.UpdatePackageExternalIdResponseSchema
>;

// ----------------------------------------------------- B2B Site Management

export type SiteTransfer = z.infer<typeof S.SiteTransferSchema>;
export type TransferSiteRequest = z.infer<typeof S.TransferSiteRequestSchema>;
export type TransferSiteResponse = z.infer<typeof S.TransferSiteResponseSchema>;

// ------------------------------------------------------------ Site List v2

export type EditorType = z.infer<typeof S.EditorTypeSchema>;
export type SiteNamespace = z.infer<typeof S.SiteNamespaceSchema>;
export type Site = z.infer<typeof S.SiteSchema>;
export type QuerySitesRequest = z.infer<typeof S.QuerySitesRequestSchema>;
export type QuerySitesResponse = z.infer<typeof S.QuerySitesResponseSchema>;
export type CountSitesRequest = z.infer<typeof S.CountSitesRequestSchema>;
export type CountSitesResponse = z.infer<typeof S.CountSitesResponseSchema>;

/** Headers (§1.2): the API key has no `Bearer` prefix. */
export const WIX_HEADERS = {
  authorization: 'authorization',
  accountId: 'wix-account-id',
  siteId: 'wix-site-id',
} as const;
