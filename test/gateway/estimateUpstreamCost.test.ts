import 'reflect-metadata';
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  parse,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { buildGatewaySchema } from '../../src/buildGatewaySchema.js';
import { UPSTREAM_COSTS } from '../../src/resolvers/upstreamCosts.js';
import {
  estimateUpstreamCost,
  type CallerAccounts,
} from '../../src/security/estimateUpstreamCost.js';
import { ACCOUNTS, PACKAGES, SITES } from '../harness.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGatewaySchema();
});

const ONE_ACCOUNT: CallerAccounts = {
  accounts: 1,
  lookupAccounts: 1,
  defaultAccountId: ACCOUNTS.reseller,
};

function estimate(
  text: string,
  caller: CallerAccounts = ONE_ACCOUNT,
  variables?: Record<string, unknown>,
) {
  const document = parse(text);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    if (definition.kind === Kind.OPERATION_DEFINITION) operation = definition;
  }
  return estimateUpstreamCost(
    {
      schema,
      operation: operation!,
      fragments,
      variables,
      pageSize: { default: 20, max: 100 },
      caller,
    },
    UPSTREAM_COSTS,
  );
}

describe('the upstream cost table', () => {
  it('names only fields of the schema', () => {
    for (const [typeName, fields] of Object.entries(UPSTREAM_COSTS.fields)) {
      const type = schema.getType(typeName);
      expect(isObjectType(type)).toBe(true);
      if (!isObjectType(type)) continue;
      for (const fieldName of Object.keys(fields)) {
        expect(`${typeName}.${fieldName}: ${type.getFields()[fieldName] !== undefined}`).toBe(
          `${typeName}.${fieldName}: true`,
        );
      }
    }
  });

  it('sizes every list of objects in the schema', () => {
    const unsized: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const list = isListType(getNullableType(field.type));
        if (list && isCompositeType(getNamedType(field.type))) {
          if (UPSTREAM_COSTS.fields[type.name]?.[field.name]?.items === undefined) {
            unsized.push(`${type.name}.${field.name}`);
          }
        }
      }
    }
    expect(unsized).toEqual([]);
  });
});

describe('estimateUpstreamCost', () => {
  it('puts the lookups of one loader and account in one batch, and each account in its own', () => {
    const two = `{ a: package(id: "${PACKAGES.customerABasic}") { id } b: package(id: "${PACKAGES.resellerFloating}") { id } }`;
    expect(estimate(two).upstreamCalls).toBe(1);
    const accounts = `{ a: package(id: "${PACKAGES.customerABasic}", accountId: "${ACCOUNTS.customerA}") { id } b: package(id: "${PACKAGES.resellerFloating}") { id } }`;
    expect(estimate(accounts).upstreamCalls).toBe(2);
  });

  it('prices site(id) without accountId once per account it searches', () => {
    const caller = { ...ONE_ACCOUNT, accounts: 4, lookupAccounts: 3 };
    expect(estimate(`{ site(id: "${SITES.lawFirm}") { id } }`, caller).upstreamCalls).toBe(3);
    const named = `{ site(id: "${SITES.lawFirm}", accountId: "${ACCOUNTS.reseller}") { id } }`;
    expect(estimate(named, caller).upstreamCalls).toBe(1);
  });

  it("reads instances' sites once per owner the caller may act on, at most once per package", () => {
    const page = '{ packages(first: 50) { nodes { productInstances { site { id } } } } }';
    expect(estimate(page).upstreamCalls).toBe(2);
    expect(estimate(page, { ...ONE_ACCOUNT, accounts: 4 }).upstreamCalls).toBe(5);
    const one = `{ package(id: "${PACKAGES.customerABasic}") { productInstances { site { id } } } }`;
    expect(estimate(one, { ...ONE_ACCOUNT, accounts: 4 }).upstreamCalls).toBe(2);
  });

  it('splits a batch at the upstream page of 100 keys', () => {
    // 100 packages × 2 instances: 200 sites, two Query Sites; then their packages, two more.
    const page =
      '{ packages(first: 100) { nodes { productInstances { site { productInstances { id } } } } } }';
    expect(estimate(page).upstreamCalls).toBe(5);
  });

  it('counts fields of one parent that share a loader key once', () => {
    const both =
      '{ sites(first: 100) { nodes { transferable productInstances { id } transferBlockers { id } } } }';
    expect(estimate(both).upstreamCalls).toBe(2);
  });

  it('adds a page when a cursor may resume mid-page, and reads first from variables', () => {
    const query =
      'query($n: Int, $after: String) { sites(first: $n, after: $after) { nodes { id } } }';
    expect(estimate(query, ONE_ACCOUNT, { n: 50 })).toEqual({ upstreamCalls: 1, objects: 51 });
    expect(estimate(query, ONE_ACCOUNT, { n: 50, after: 'c' })).toEqual({
      upstreamCalls: 2,
      objects: 51,
    });
  });

  it('prices each mutation at its writes and reads, and a payload read after it apart', () => {
    const move = `mutation { reassignInstance(instanceId: "${SITES.lawFirm}", toSiteId: "${SITES.cafeMenu}") { instance { id } fromSite { id } toSite { id } } }`;
    expect(estimate(move).upstreamCalls).toBe(4);
  });

  it('prices viewer and introspection at nothing', () => {
    expect(estimate('{ viewer { name accounts { id } } __schema { types { name } } }')).toEqual({
      upstreamCalls: 0,
      objects: 2,
    });
  });

  it('walks a fan-out of fragments as execution does, once per selection', () => {
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    ).join('\n');
    const text = `{ ...F0 }\n${fragments}\nfragment F${levels} on Query { sites(first: 1) { nodes { id } } }`;
    const started = performance.now();
    expect(estimate(text).upstreamCalls).toBe(1);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
