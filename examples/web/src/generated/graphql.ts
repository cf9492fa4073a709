/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How the reseller pays Wix for a product instance. */
export type BillingCycleType =
  /** A single payment. */
  | 'ONE_TIME'
  /** A periodic payment every `cycleDuration`. */
  | 'RECURRING'
  /** Not set, or a type this gateway does not know yet. */
  | 'UNKNOWN';

/** How the reseller pays Wix for a product instance. */
export type BillingInfoInput = {
  /** Billing period; required for RECURRING when the product has several. */
  cycleDuration?: CycleDurationInput | null | undefined;
  /** One-time or recurring payment. */
  type: BillingCycleType;
};

/** A new package of paid services for one account. */
export type CreatePackageInput = {
  /** The reseller's own reference, e.g. its subscription ID (≤ 100 characters). */
  externalId?: string | null | undefined;
  /** Repeating a request with the same key (≤ 100 characters) returns the first result instead of provisioning twice. */
  idempotencyKey?: string | null | undefined;
  /** The services to provision: 1 to 1000. */
  products: Array<ProductInput>;
};

/** A billing period, e.g. 1 MONTH or 1 YEAR. */
export type CycleDurationInput = {
  /** Number of units per period (1–100; default 1). */
  count?: number | null | undefined;
  /** Unit of the period. */
  unit: IntervalUnit;
};

/** Unit of a billing period. */
export type IntervalUnit =
  /** Days. */
  | 'DAY'
  /** Months. */
  | 'MONTH'
  /** Not set, or a unit this gateway does not know yet. */
  | 'UNKNOWN'
  /** Weeks. */
  | 'WEEK'
  /** Years. */
  | 'YEAR';

/** One paid service to provision in a new package. */
export type ProductInput = {
  /** Billing cycle; may be omitted only when the product has exactly one. */
  billingInfo?: BillingInfoInput | null | undefined;
  /** The product's ID in Wix's reseller catalog (GUID). */
  catalogProductId: string | number;
  /** ISO 3166-1 alpha-2 country where bundled vouchers can be claimed, e.g. "US". */
  countryCode: string;
  /** Discount code (≤ 25 characters). */
  discountCode?: string | null | undefined;
  /** A PENDING or ENABLED instance that entitles this product to a free bundled benefit (GUID); each can be referenced once. */
  referenceProductInstanceId?: string | number | null | undefined;
  /** Site to assign it to (GUID, owned by the account acted on); omit to leave it floating. */
  siteId?: string | number | null | undefined;
};

/** Lifecycle state of a provisioned paid service. */
export type ProductInstanceStatus =
  /** Not yet usable: the customer or an external provider must act first. */
  | 'AWAITING_ACTION'
  /** Canceled; no longer available. Terminal. */
  | 'CANCELED'
  /** Usable by the customer. */
  | 'ENABLED'
  /** Delivery failed; it was never available. `failure` says why. Terminal. */
  | 'FAILED'
  /** Provisioned but not yet usable by the customer (state right after creation). */
  | 'PENDING'
  /** A status Wix reports that this gateway does not know yet. */
  | 'UNKNOWN';

export type PaidServiceFragment = { id: string, catalogProductId: string, status: ProductInstanceStatus, catalogProduct: { id: string, name: string | null } | null, site: { id: string } | null };

export type SitesWithServicesQueryVariables = Exact<{
  accountId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SitesWithServicesQuery = { sites: { totalCount: number | null, edges: Array<{ cursor: string, node: { id: string, displayName: string, ownerAccountId: string, premium: boolean, transferable: boolean | null, productInstances: Array<{ id: string, catalogProductId: string, status: ProductInstanceStatus, catalogProduct: { id: string, name: string | null } | null, site: { id: string } | null }> | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type TransferSiteMutationVariables = Exact<{
  siteId: string | number;
  toAccountId: string | number;
}>;


export type TransferSiteMutation = { transferSite: { site: { id: string, displayName: string, ownerAccountId: string, transferable: boolean | null } } };

export type CreatePackageOnSiteMutationVariables = Exact<{
  accountId: string | number;
  input: CreatePackageInput;
}>;


export type CreatePackageOnSiteMutation = { createPackage: { package: { id: string, accountId: string, productInstances: Array<{ id: string, catalogProductId: string, status: ProductInstanceStatus, catalogProduct: { id: string, name: string | null } | null, site: { id: string } | null }> } } };

export type MoveServiceMutationVariables = Exact<{
  accountId?: string | number | null | undefined;
  instanceId: string | number;
  toSiteId: string | number;
}>;


export type MoveServiceMutation = { reassignInstance: { instance: { id: string, catalogProductId: string, status: ProductInstanceStatus, catalogProduct: { id: string, name: string | null } | null, site: { id: string } | null }, fromSite: { id: string, premium: boolean, transferable: boolean | null, productInstances: Array<{ id: string, catalogProductId: string, status: ProductInstanceStatus, catalogProduct: { id: string, name: string | null } | null, site: { id: string } | null }> | null } | null, toSite: { id: string, premium: boolean, transferable: boolean | null, productInstances: Array<{ id: string, catalogProductId: string, status: ProductInstanceStatus, catalogProduct: { id: string, name: string | null } | null, site: { id: string } | null }> | null } } };

export type WatchPackageSubscriptionVariables = Exact<{
  id: string | number;
  accountId?: string | number | null | undefined;
}>;


export type WatchPackageSubscription = { packageStatusChanged: { id: string, productInstances: Array<{ id: string, catalogProductId: string, status: ProductInstanceStatus, catalogProduct: { id: string, name: string | null } | null, site: { id: string } | null }> } };

export const PaidServiceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaidService"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"catalogProductId"}},{"kind":"Field","name":{"kind":"Name","value":"catalogProduct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PaidServiceFragment, unknown>;
export const SitesWithServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SitesWithServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"premium"}},{"kind":"Field","name":{"kind":"Name","value":"transferable"}},{"kind":"Field","name":{"kind":"Name","value":"productInstances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaidService"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaidService"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"catalogProductId"}},{"kind":"Field","name":{"kind":"Name","value":"catalogProduct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SitesWithServicesQuery, SitesWithServicesQueryVariables>;
export const TransferSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toAccountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"toAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toAccountId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"transferable"}}]}}]}}]}}]} as unknown as DocumentNode<TransferSiteMutation, TransferSiteMutationVariables>;
export const CreatePackageOnSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePackageOnSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePackageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"productInstances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaidService"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaidService"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"catalogProductId"}},{"kind":"Field","name":{"kind":"Name","value":"catalogProduct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePackageOnSiteMutation, CreatePackageOnSiteMutationVariables>;
export const MoveServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toSiteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignInstance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"instanceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instanceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toSiteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toSiteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaidService"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"premium"}},{"kind":"Field","name":{"kind":"Name","value":"transferable"}},{"kind":"Field","name":{"kind":"Name","value":"productInstances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaidService"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"toSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"premium"}},{"kind":"Field","name":{"kind":"Name","value":"transferable"}},{"kind":"Field","name":{"kind":"Name","value":"productInstances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaidService"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaidService"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"catalogProductId"}},{"kind":"Field","name":{"kind":"Name","value":"catalogProduct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveServiceMutation, MoveServiceMutationVariables>;
export const WatchPackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WatchPackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"productInstances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaidService"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaidService"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"catalogProductId"}},{"kind":"Field","name":{"kind":"Name","value":"catalogProduct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WatchPackageSubscription, WatchPackageSubscriptionVariables>;