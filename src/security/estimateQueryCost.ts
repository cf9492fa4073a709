import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  valueFromAST,
  valueFromASTUntyped,
  type ArgumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface QueryCostOptions {
  /** Items a connection returns when `first` is omitted. */
  defaultPageSize: number;
  /** Largest `first` that can run; a larger one is refused by the resolver, so it costs this much. */
  maxPageSize: number;
  /** Items assumed in a list of objects that takes no `first` (e.g. a package's instances). */
  assumedListSize: number;
}

export interface QueryCostRequest {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  /** The request's raw variables (before coercion): `first: $n` costs what `$n` says. */
  variables: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Estimated cost of one operation, in points: 1 per field, and a selection
 * that is repeated per item counts once per item. Inside a connection
 * (a field taking `first`), `edges` and `nodes` repeat `first` times (the
 * default page size without it); any other list of objects repeats
 * `assumedListSize` times. Nested lists multiply, so
 * `sites(first: 100) { nodes { productInstances { id } } }` costs
 * 1 + (1 + 100 × (1 + 10 × 1)) = 1,102.
 *
 * Introspection fields (`__schema`, `__type`, `__typename`) cost nothing:
 * they are answered from memory, and the introspection switch governs them.
 */
export function estimateQueryCost(request: QueryCostRequest, options: QueryCostOptions): number {
  const rootType =
    request.operation.operation === 'mutation'
      ? request.schema.getMutationType()
      : request.operation.operation === 'subscription'
        ? request.schema.getSubscriptionType()
        : request.schema.getQueryType();
  if (!rootType) return 0;
  // Fragment costs are memoised per page size, so a fan-out of spreads
  // (`...A ...A` inside A's parent, nested) costs linear time, not exponential.
  const memo = new Map<string, number>();
  const variableDefaults = Object.fromEntries(
    (request.operation.variableDefinitions ?? [])
      .filter((d) => d.defaultValue !== undefined)
      .map((d) => [d.variable.name.value, valueFromASTUntyped(d.defaultValue!)]),
  );
  const variables = { ...variableDefaults, ...request.variables };

  function selectionCost(
    selectionSet: SelectionSetNode,
    parentType: GraphQLCompositeType,
    pageSize: number,
    depth: number,
  ): number {
    // Validation bounds depth and forbids fragment cycles before this runs;
    // this guard only keeps a misconfiguration from recursing without end.
    if (depth > 200) return Number.POSITIVE_INFINITY;
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const field = 'getFields' in parentType ? parentType.getFields()[name] : undefined;
        if (!field) continue;
        total += fieldCost(field, selection.arguments ?? [], selection.selectionSet, parentType);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? request.schema.getType(selection.typeCondition.name.value)
          : parentType;
        if (type && isCompositeType(type)) {
          total += selectionCost(selection.selectionSet, type, pageSize, depth + 1);
        }
      } else {
        const fragment = request.fragments[selection.name.value];
        const type = fragment && request.schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !type || !isCompositeType(type)) continue;
        const key = `${fragment.name.value}|${pageSize}`;
        let cost = memo.get(key);
        if (cost === undefined) {
          cost = selectionCost(fragment.selectionSet, type, pageSize, depth + 1);
          memo.set(key, cost);
        }
        total += cost;
      }
    }
    return total;

    function fieldCost(
      field: GraphQLField<unknown, unknown>,
      args: readonly ArgumentNode[],
      childSelection: SelectionSetNode | undefined,
      owner: GraphQLCompositeType,
    ): number {
      const named = getNamedType(field.type);
      if (!childSelection || !isCompositeType(named)) return 1;
      const takesFirst = field.args.some((a) => a.name === 'first');
      // A backward page (`last`) holds as many items as a forward one.
      const size = argumentValue(field, args, 'first') ?? argumentValue(field, args, 'last');
      const childPageSize = takesFirst ? pageSizeOf(size) : pageSize;
      const repeats = isListType(getNullableType(field.type))
        ? owner.name.endsWith('Connection')
          ? pageSize
          : options.assumedListSize
        : 1;
      return 1 + repeats * selectionCost(childSelection, named, childPageSize, depth + 1);
    }
  }

  function argumentValue(
    field: GraphQLField<unknown, unknown>,
    args: readonly ArgumentNode[],
    name: string,
  ): unknown {
    const node = args.find((a) => a.name.value === name);
    const definition = field.args.find((a) => a.name === name);
    if (!node || !definition) return undefined;
    if (node.value.kind === Kind.VARIABLE) return variables[node.value.name.value];
    return valueFromAST(node.value, definition.type, variables);
  }

  function pageSizeOf(first: unknown): number {
    if (typeof first !== 'number' || !Number.isFinite(first)) return options.defaultPageSize;
    return Math.max(0, Math.min(Math.floor(first), options.maxPageSize));
  }

  return selectionCost(request.operation.selectionSet, rootType, options.defaultPageSize, 0);
}
