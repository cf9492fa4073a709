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
    "fragment PaidService on ProductInstance {\n  id\n  catalogProductId\n  catalogProduct {\n    id\n    name\n  }\n  status\n  site {\n    id\n  }\n}\n\nquery SitesWithServices($accountId: ID, $first: Int, $after: String) {\n  sites(accountId: $accountId, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        ownerAccountId\n        premium\n        transferable\n        productInstances {\n          ...PaidService\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n\nmutation TransferSite($siteId: ID!, $toAccountId: ID!) {\n  transferSite(input: {siteId: $siteId, toAccountId: $toAccountId}) {\n    site {\n      id\n      displayName\n      ownerAccountId\n      transferable\n    }\n  }\n}\n\nmutation CreatePackageOnSite($accountId: ID!, $input: CreatePackageInput!) {\n  createPackage(accountId: $accountId, input: $input) {\n    package {\n      id\n      accountId\n      productInstances {\n        ...PaidService\n      }\n    }\n  }\n}\n\nmutation MoveService($accountId: ID, $instanceId: ID!, $toSiteId: ID!) {\n  reassignInstance(\n    accountId: $accountId\n    instanceId: $instanceId\n    toSiteId: $toSiteId\n  ) {\n    instance {\n      ...PaidService\n    }\n    fromSite {\n      id\n      premium\n      transferable\n      productInstances {\n        ...PaidService\n      }\n    }\n    toSite {\n      id\n      premium\n      transferable\n      productInstances {\n        ...PaidService\n      }\n    }\n  }\n}\n\nsubscription WatchPackage($id: ID!, $accountId: ID) {\n  packageStatusChanged(id: $id, accountId: $accountId) {\n    id\n    productInstances {\n      ...PaidService\n    }\n  }\n}": typeof types.PaidServiceFragmentDoc,
};
const documents: Documents = {
    "fragment PaidService on ProductInstance {\n  id\n  catalogProductId\n  catalogProduct {\n    id\n    name\n  }\n  status\n  site {\n    id\n  }\n}\n\nquery SitesWithServices($accountId: ID, $first: Int, $after: String) {\n  sites(accountId: $accountId, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        ownerAccountId\n        premium\n        transferable\n        productInstances {\n          ...PaidService\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n\nmutation TransferSite($siteId: ID!, $toAccountId: ID!) {\n  transferSite(input: {siteId: $siteId, toAccountId: $toAccountId}) {\n    site {\n      id\n      displayName\n      ownerAccountId\n      transferable\n    }\n  }\n}\n\nmutation CreatePackageOnSite($accountId: ID!, $input: CreatePackageInput!) {\n  createPackage(accountId: $accountId, input: $input) {\n    package {\n      id\n      accountId\n      productInstances {\n        ...PaidService\n      }\n    }\n  }\n}\n\nmutation MoveService($accountId: ID, $instanceId: ID!, $toSiteId: ID!) {\n  reassignInstance(\n    accountId: $accountId\n    instanceId: $instanceId\n    toSiteId: $toSiteId\n  ) {\n    instance {\n      ...PaidService\n    }\n    fromSite {\n      id\n      premium\n      transferable\n      productInstances {\n        ...PaidService\n      }\n    }\n    toSite {\n      id\n      premium\n      transferable\n      productInstances {\n        ...PaidService\n      }\n    }\n  }\n}\n\nsubscription WatchPackage($id: ID!, $accountId: ID) {\n  packageStatusChanged(id: $id, accountId: $accountId) {\n    id\n    productInstances {\n      ...PaidService\n    }\n  }\n}": types.PaidServiceFragmentDoc,
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
export function graphql(source: "fragment PaidService on ProductInstance {\n  id\n  catalogProductId\n  catalogProduct {\n    id\n    name\n  }\n  status\n  site {\n    id\n  }\n}\n\nquery SitesWithServices($accountId: ID, $first: Int, $after: String) {\n  sites(accountId: $accountId, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        ownerAccountId\n        premium\n        transferable\n        productInstances {\n          ...PaidService\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n\nmutation TransferSite($siteId: ID!, $toAccountId: ID!) {\n  transferSite(input: {siteId: $siteId, toAccountId: $toAccountId}) {\n    site {\n      id\n      displayName\n      ownerAccountId\n      transferable\n    }\n  }\n}\n\nmutation CreatePackageOnSite($accountId: ID!, $input: CreatePackageInput!) {\n  createPackage(accountId: $accountId, input: $input) {\n    package {\n      id\n      accountId\n      productInstances {\n        ...PaidService\n      }\n    }\n  }\n}\n\nmutation MoveService($accountId: ID, $instanceId: ID!, $toSiteId: ID!) {\n  reassignInstance(\n    accountId: $accountId\n    instanceId: $instanceId\n    toSiteId: $toSiteId\n  ) {\n    instance {\n      ...PaidService\n    }\n    fromSite {\n      id\n      premium\n      transferable\n      productInstances {\n        ...PaidService\n      }\n    }\n    toSite {\n      id\n      premium\n      transferable\n      productInstances {\n        ...PaidService\n      }\n    }\n  }\n}\n\nsubscription WatchPackage($id: ID!, $accountId: ID) {\n  packageStatusChanged(id: $id, accountId: $accountId) {\n    id\n    productInstances {\n      ...PaidService\n    }\n  }\n}"): (typeof documents)["fragment PaidService on ProductInstance {\n  id\n  catalogProductId\n  catalogProduct {\n    id\n    name\n  }\n  status\n  site {\n    id\n  }\n}\n\nquery SitesWithServices($accountId: ID, $first: Int, $after: String) {\n  sites(accountId: $accountId, first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        ownerAccountId\n        premium\n        transferable\n        productInstances {\n          ...PaidService\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n\nmutation TransferSite($siteId: ID!, $toAccountId: ID!) {\n  transferSite(input: {siteId: $siteId, toAccountId: $toAccountId}) {\n    site {\n      id\n      displayName\n      ownerAccountId\n      transferable\n    }\n  }\n}\n\nmutation CreatePackageOnSite($accountId: ID!, $input: CreatePackageInput!) {\n  createPackage(accountId: $accountId, input: $input) {\n    package {\n      id\n      accountId\n      productInstances {\n        ...PaidService\n      }\n    }\n  }\n}\n\nmutation MoveService($accountId: ID, $instanceId: ID!, $toSiteId: ID!) {\n  reassignInstance(\n    accountId: $accountId\n    instanceId: $instanceId\n    toSiteId: $toSiteId\n  ) {\n    instance {\n      ...PaidService\n    }\n    fromSite {\n      id\n      premium\n      transferable\n      productInstances {\n        ...PaidService\n      }\n    }\n    toSite {\n      id\n      premium\n      transferable\n      productInstances {\n        ...PaidService\n      }\n    }\n  }\n}\n\nsubscription WatchPackage($id: ID!, $accountId: ID) {\n  packageStatusChanged(id: $id, accountId: $accountId) {\n    id\n    productInstances {\n      ...PaidService\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;