/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation MovePaidService($accountId: ID!, $instanceId: ID!, $toSiteId: ID!) {\n  reassignInstance(\n    accountId: $accountId\n    instanceId: $instanceId\n    toSiteId: $toSiteId\n  ) {\n    instance {\n      id\n      status\n      site {\n        id\n        displayName\n      }\n    }\n    fromSite {\n      id\n      displayName\n      premium\n    }\n    toSite {\n      id\n      displayName\n      premium\n    }\n  }\n}": typeof types.MovePaidServiceDocument,
    "query SiteBeforeTransfer($siteId: ID!, $accountId: ID) {\n  site(id: $siteId, accountId: $accountId) {\n    id\n    displayName\n    ownerAccountId\n    transferable\n  }\n}\n\nmutation TransferSiteToCustomer($siteId: ID!, $toAccountId: ID!) {\n  transferSite(input: {siteId: $siteId, toAccountId: $toAccountId}) {\n    site {\n      id\n      ownerAccountId\n      transferable\n    }\n  }\n}\n\nmutation CreateCustomerPackage($accountId: ID!, $input: CreatePackageInput!) {\n  createPackage(accountId: $accountId, input: $input) {\n    package {\n      id\n      externalId\n      productInstances {\n        id\n        catalogProductId\n        status\n        site {\n          id\n          displayName\n          premium\n        }\n      }\n    }\n  }\n}": typeof types.SiteBeforeTransferDocument,
};
const documents: Documents = {
    "mutation MovePaidService($accountId: ID!, $instanceId: ID!, $toSiteId: ID!) {\n  reassignInstance(\n    accountId: $accountId\n    instanceId: $instanceId\n    toSiteId: $toSiteId\n  ) {\n    instance {\n      id\n      status\n      site {\n        id\n        displayName\n      }\n    }\n    fromSite {\n      id\n      displayName\n      premium\n    }\n    toSite {\n      id\n      displayName\n      premium\n    }\n  }\n}": types.MovePaidServiceDocument,
    "query SiteBeforeTransfer($siteId: ID!, $accountId: ID) {\n  site(id: $siteId, accountId: $accountId) {\n    id\n    displayName\n    ownerAccountId\n    transferable\n  }\n}\n\nmutation TransferSiteToCustomer($siteId: ID!, $toAccountId: ID!) {\n  transferSite(input: {siteId: $siteId, toAccountId: $toAccountId}) {\n    site {\n      id\n      ownerAccountId\n      transferable\n    }\n  }\n}\n\nmutation CreateCustomerPackage($accountId: ID!, $input: CreatePackageInput!) {\n  createPackage(accountId: $accountId, input: $input) {\n    package {\n      id\n      externalId\n      productInstances {\n        id\n        catalogProductId\n        status\n        site {\n          id\n          displayName\n          premium\n        }\n      }\n    }\n  }\n}": types.SiteBeforeTransferDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MovePaidService($accountId: ID!, $instanceId: ID!, $toSiteId: ID!) {\n  reassignInstance(\n    accountId: $accountId\n    instanceId: $instanceId\n    toSiteId: $toSiteId\n  ) {\n    instance {\n      id\n      status\n      site {\n        id\n        displayName\n      }\n    }\n    fromSite {\n      id\n      displayName\n      premium\n    }\n    toSite {\n      id\n      displayName\n      premium\n    }\n  }\n}"): (typeof documents)["mutation MovePaidService($accountId: ID!, $instanceId: ID!, $toSiteId: ID!) {\n  reassignInstance(\n    accountId: $accountId\n    instanceId: $instanceId\n    toSiteId: $toSiteId\n  ) {\n    instance {\n      id\n      status\n      site {\n        id\n        displayName\n      }\n    }\n    fromSite {\n      id\n      displayName\n      premium\n    }\n    toSite {\n      id\n      displayName\n      premium\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SiteBeforeTransfer($siteId: ID!, $accountId: ID) {\n  site(id: $siteId, accountId: $accountId) {\n    id\n    displayName\n    ownerAccountId\n    transferable\n  }\n}\n\nmutation TransferSiteToCustomer($siteId: ID!, $toAccountId: ID!) {\n  transferSite(input: {siteId: $siteId, toAccountId: $toAccountId}) {\n    site {\n      id\n      ownerAccountId\n      transferable\n    }\n  }\n}\n\nmutation CreateCustomerPackage($accountId: ID!, $input: CreatePackageInput!) {\n  createPackage(accountId: $accountId, input: $input) {\n    package {\n      id\n      externalId\n      productInstances {\n        id\n        catalogProductId\n        status\n        site {\n          id\n          displayName\n          premium\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query SiteBeforeTransfer($siteId: ID!, $accountId: ID) {\n  site(id: $siteId, accountId: $accountId) {\n    id\n    displayName\n    ownerAccountId\n    transferable\n  }\n}\n\nmutation TransferSiteToCustomer($siteId: ID!, $toAccountId: ID!) {\n  transferSite(input: {siteId: $siteId, toAccountId: $toAccountId}) {\n    site {\n      id\n      ownerAccountId\n      transferable\n    }\n  }\n}\n\nmutation CreateCustomerPackage($accountId: ID!, $input: CreatePackageInput!) {\n  createPackage(accountId: $accountId, input: $input) {\n    package {\n      id\n      externalId\n      productInstances {\n        id\n        catalogProductId\n        status\n        site {\n          id\n          displayName\n          premium\n        }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;