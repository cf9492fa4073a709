import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  print,
  valueFromAST,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { UPSTREAM_PAGE_LIMIT } from '../wix-api/paging.js';

/**
 * A read through one of the request's DataLoaders: every key asked for in the
 * same turn goes out together, one call per upstream page of keys (100) and
 * per account the batch is sent as.
 */
export interface BatchedRead {
  /** The loader; reads of one loader after the same upstream answer join one batch. */
  loader: string;
  /**
   * Which key it loads: the parent object itself (so several fields of one
   * parent share the key, e.g. a site's packages), or one of its own (its
   * arguments, or an ID the parent links to).
   */
  key: 'parent' | 'field';
  /**
   * Which account the batch is sent as: the one the operation acts on; the
   * owner of the package the parent belongs to (one batch per owner); or,
   * for a lookup, the `accountId` it names, else each account it searches.
   */
  account: 'acted' | 'owner' | 'lookup';
}

/** What resolving one field costs upstream and returns, per parent object. */
export interface FieldCost {
  /**
   * Upstream calls the field makes on its own each time it resolves (a
   * write, a count); `page`: the calls that fill one page of a connection,
   * whose size is this field's `first` (or `last`).
   */
  calls?: number | 'page';
  /** A read through a loader, batched with the same loader's other reads. */
  batch?: BatchedRead;
  /**
   * Objects in the list per parent: a number (a typical size, not a bound),
   * the page size of the connection above, or the accounts the caller may act on.
   */
  items?: number | 'page' | 'accounts';
}

/** The cost of every field that costs something or returns a list of objects, by type and field. */
export interface UpstreamCostModel {
  fields: Readonly<Record<string, Readonly<Record<string, FieldCost>>>>;
  /** The type whose objects each have one owning account (reads `as: 'owner'` follow it). */
  ownerType: string;
}

/** What the estimate needs to know of the caller. */
export interface CallerAccounts {
  /** Accounts the caller may act on that the gateway knows (at least 1). */
  accounts: number;
  /** Accounts `site(id)` without `accountId` searches. */
  lookupAccounts: number;
  /** The account an operation that names none acts on. */
  defaultAccountId: string;
}

export interface UpstreamCostRequest {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  /** The request's variables (before coercion): `first: $n` costs what `$n` says. */
  variables: Readonly<Record<string, unknown>> | undefined;
  pageSize: { default: number; max: number };
  caller: CallerAccounts;
}

export interface UpstreamCostEstimate {
  /** Upstream HTTP calls on the success path, before retries. */
  upstreamCalls: number;
  /** Objects (not scalars) in the answer. */
  objects: number;
}

/** The only arguments the estimate reads: page size, cursor, account. */
export const PRICED_ARGUMENTS: readonly string[] = [
  'first',
  'last',
  'after',
  'before',
  'accountId',
];

/** Fields visited past which an operation is priced as unbounded (validation keeps real ones far below). */
const MAX_VISITS = 100_000;

interface Scope {
  /** How many parent objects the selection is resolved for. */
  count: number;
  /** Distinct owners among them: at most the number of owner-type objects above. */
  owners: number;
  /** Page size of the connection being walked. */
  pageSize: number;
  /** The field occurrence whose upstream answer these parents wait for. */
  trigger: string;
  /** Response path of the parents: names the parent objects. */
  path: string;
  /** The account the operation acts on. */
  account: string;
  depth: number;
}

interface Wave {
  read: BatchedRead;
  /** Keys by what names them, each with its count and owners bound. */
  keys: Map<string, { count: number; owners: number }>;
}

/**
 * Estimates, before executing, the upstream calls an operation makes and the
 * objects it answers, from the model's per-field costs. Fields are collected
 * as execution collects them (a response key once, a fragment once per
 * selection), lists multiply by their sizes, and reads of the same loader
 * that wait for the same upstream answer are one batch: one call per 100 keys
 * and per account.
 *
 * It is an upper bound of the calls of a successful execution, except where
 * the model can only assume: lists without `first` (a package's instances)
 * count their typical size, and a batched read is priced at one upstream page
 * of results. Retries, and the re-reads after a failed write, are not in it.
 * Introspection is free.
 */
export function estimateUpstreamCost(
  request: UpstreamCostRequest,
  model: UpstreamCostModel,
): UpstreamCostEstimate {
  const { schema, operation, fragments, caller } = request;
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return { upstreamCalls: 0, objects: 0 };
  const variables = withDefaults(operation, request.variables);
  const waves = new Map<string, Wave>();
  let calls = 0;
  let objects = 0;
  let visits = 0;

  walk([operation.selectionSet], rootType, {
    count: 1,
    owners: Number.POSITIVE_INFINITY,
    pageSize: request.pageSize.default,
    trigger: '',
    path: '',
    account: caller.defaultAccountId,
    depth: 0,
  });
  if (visits > MAX_VISITS) {
    return { upstreamCalls: Number.POSITIVE_INFINITY, objects: Number.POSITIVE_INFINITY };
  }
  for (const wave of waves.values()) calls += waveCalls(wave);
  return { upstreamCalls: calls, objects };

  function walk(sets: readonly SelectionSetNode[], type: GraphQLCompositeType, scope: Scope) {
    // Validation bounds depth and forbids fragment cycles before this runs.
    if (scope.depth > 100 || ++visits > MAX_VISITS || scope.count === 0) return;
    for (const [responseKey, nodes] of collectFields(sets)) {
      const name = nodes[0].name.value;
      if (name.startsWith('__')) continue;
      const field = 'getFields' in type ? type.getFields()[name] : undefined;
      if (field) visitField(field, responseKey, nodes, type, scope);
    }
  }

  function visitField(
    field: GraphQLField<unknown, unknown>,
    responseKey: string,
    nodes: readonly FieldNode[],
    parentType: GraphQLCompositeType,
    scope: Scope,
  ) {
    const cost: FieldCost = model.fields[parentType.name]?.[field.name] ?? {};
    const node = nodes[0];
    const args = (argName: string) => argumentValue(field, node, argName, variables);
    const at = `${scope.path}.${responseKey}`;
    // A backward page (`last`) holds as many items as a forward one.
    const pageSize =
      cost.calls === 'page' ? pageSizeOf(args('first') ?? args('last')) : scope.pageSize;
    const account = scope.depth === 0 ? accountOf(args('accountId')) : scope.account;
    if (cost.calls !== undefined) {
      const each =
        cost.calls === 'page'
          ? Math.ceil(
              (pageSize +
                (resumes(args('after') ?? args('before')) ? UPSTREAM_PAGE_LIMIT - 1 : 0)) /
                UPSTREAM_PAGE_LIMIT,
            )
          : cost.calls;
      calls += scope.count * each;
    }
    if (cost.batch) {
      // A lookup that names its account reads that account alone.
      const sentAs =
        cost.batch.account === 'lookup' && args('accountId') != null ? 'acted' : cost.batch.account;
      join({ ...cost.batch, account: sentAs }, scope, account, `${field.name}(${printArgs(node)})`);
    }

    const named = getNamedType(field.type);
    if (!isCompositeType(named)) return;
    const items = !isListType(getNullableType(field.type))
      ? 1
      : cost.items === 'page'
        ? scope.pageSize
        : cost.items === 'accounts'
          ? caller.accounts
          : (cost.items ?? 1);
    const count = scope.count * items;
    objects += count;
    const selections = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
    walk(selections, named, {
      count,
      owners: named.name === model.ownerType ? count : scope.owners,
      pageSize,
      trigger: cost.calls !== undefined || cost.batch ? at : scope.trigger,
      path: at,
      account,
      depth: scope.depth + 1,
    });
  }

  function join(read: BatchedRead, scope: Scope, account: string, field: string) {
    const id = `${scope.trigger}|${read.loader}|${read.account === 'acted' ? account : read.account}`;
    let wave = waves.get(id);
    if (!wave) waves.set(id, (wave = { read, keys: new Map() }));
    const key = read.key === 'parent' ? scope.path : `${scope.path}.${field}`;
    const owners = Math.min(scope.owners, scope.count);
    const known = wave.keys.get(key);
    wave.keys.set(key, {
      count: Math.max(known?.count ?? 0, scope.count),
      owners: Math.max(known?.owners ?? 0, owners),
    });
  }

  function waveCalls(wave: Wave): number {
    let keys = 0;
    let owners = 0;
    for (const key of wave.keys.values()) {
      keys += key.count;
      owners += key.owners;
    }
    const pages = Math.ceil(keys / UPSTREAM_PAGE_LIMIT);
    switch (wave.read.account) {
      case 'acted':
        return pages;
      case 'lookup':
        return caller.lookupAccounts * pages;
      case 'owner':
        // Keys split across the owners: each owner's share rounds up to a page once.
        return Math.min(keys, pages + Math.min(owners, caller.accounts) - 1);
    }
  }

  function pageSizeOf(first: unknown): number {
    if (typeof first !== 'number' || !Number.isFinite(first)) return request.pageSize.default;
    return Math.max(0, Math.min(Math.floor(first), request.pageSize.max));
  }

  function accountOf(accountId: unknown): string {
    return typeof accountId === 'string' ? accountId.toLowerCase() : caller.defaultAccountId;
  }

  /**
   * The fields of the selections by response key, as execution groups them:
   * a fragment is spread once per selection, whatever its type condition
   * (an upper bound), and `@skip` / `@include` are taken as included.
   */
  function collectFields(sets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
    const fields = new Map<string, FieldNode[]>();
    const spread = new Set<string>();
    const collect = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (++visits > MAX_VISITS) return;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const same = fields.get(key);
          if (same) same.push(selection);
          else fields.set(key, [selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          collect(selection.selectionSet);
        } else if (!spread.has(selection.name.value)) {
          spread.add(selection.name.value);
          const fragment = fragments[selection.name.value];
          if (fragment) collect(fragment.selectionSet);
        }
      }
    };
    for (const set of sets) collect(set);
    return fields;
  }
}

function withDefaults(
  operation: OperationDefinitionNode,
  given: Readonly<Record<string, unknown>> | undefined,
): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (definition.defaultValue) variables[name] = valueFromASTUntyped(definition.defaultValue);
  }
  return { ...variables, ...given };
}

function argumentValue(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  name: string,
  variables: Readonly<Record<string, unknown>>,
): unknown {
  const arg = node.arguments?.find((a) => a.name.value === name);
  const definition = field.args.find((a) => a.name === name);
  if (!arg || !definition) return undefined;
  if (arg.value.kind === Kind.VARIABLE) return variables[arg.value.name.value];
  return valueFromAST(arg.value, definition.type, variables);
}

/** Whether `after` / `before` continues a listing (an empty one is the first page). */
function resumes(after: unknown): boolean {
  return typeof after === 'string' && after !== '';
}

/** The arguments as written, with variables named: equal lookups are one key. */
function printArgs(node: FieldNode): string {
  return (node.arguments ?? []).map(print).join(',');
}
