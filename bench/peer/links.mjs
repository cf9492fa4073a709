/**
 * Resolvers for the links declared in compose.mjs. They use Mesh's in-context
 * SDK with `key`/`argsFromKeys`, the batching Mesh documents for N+1, so every
 * link costs one upstream call per nesting level, as it would for a user who
 * configured the peer with care. Nothing here calls HTTP itself.
 */
import { print } from 'graphql';
import { SUBGRAPH } from './compose.mjs';

// Both Query APIs cap a page at 100; the benchmark's pages are 50 wide.
const PAGE_LIMIT = 100;

/**
 * Wraps the client's selection on the link's type into the selection the
 * REST-shaped source field needs. `extra` names the fields the join matches on.
 * @param {string} responseType the 200 member of the generated response union
 * @param {string} path fields from that member down to the linked type
 * @param {string} extra
 */
function wrap(responseType, path, extra) {
  return (/** @type {import('graphql').SelectionSetNode} */ subtree) => {
    const inner = `{ ${extra} ${print(subtree).slice(1)}`;
    const opened = path.split('.').join(' { ');
    const closes = ' }'.repeat(path.split('.').length - 1);
    return `{ ... on ${responseType} { ${opened} ${inner}${closes} } }`;
  };
}

export const linkResolvers = {
  ProductInstance: {
    site: {
      selectionSet: '{ siteId }',
      resolve: (root, _args, context, info) =>
        context[SUBGRAPH].Query.querySites({
          root,
          context,
          info,
          key: root.siteId,
          argsFromKeys: (ids) => ({
            input: { query: { filter: { id: { $in: ids } }, cursorPaging: { limit: PAGE_LIMIT } } },
          }),
          selectionSet: wrap('QuerySitesResponse', 'sites', 'id'),
          valuesFromResults: (result, ids) => {
            const byId = new Map((result?.sites ?? []).map((site) => [site.id, site]));
            return ids.map((id) => byId.get(id) ?? null);
          },
        }),
    },
    package: {
      selectionSet: '{ instanceId }',
      resolve: (root, _args, context, info) =>
        context[SUBGRAPH].Query.queryPackages({
          root,
          context,
          info,
          key: root.instanceId,
          argsFromKeys: (ids) => ({
            input: {
              query: {
                filter: { 'productInstances.instanceId': { $hasSome: ids } },
                cursorPaging: { limit: PAGE_LIMIT },
              },
            },
          }),
          selectionSet: wrap(
            'QueryPackagesResponse',
            'packages',
            'productInstances { instanceId }',
          ),
          valuesFromResults: (result, ids) =>
            ids.map(
              (id) =>
                result?.packages?.find((pkg) =>
                  pkg.productInstances.some((instance) => instance.instanceId === id),
                ) ?? null,
            ),
        }),
    },
  },
  Site: {
    productInstances: {
      selectionSet: '{ id }',
      resolve: (root, _args, context, info) =>
        context[SUBGRAPH].Query.queryPackages({
          root,
          context,
          info,
          key: root.id,
          argsFromKeys: (ids) => ({
            input: {
              query: {
                filter: { 'productInstances.siteId': { $hasSome: ids } },
                cursorPaging: { limit: PAGE_LIMIT },
              },
            },
          }),
          selectionSet: wrap('QueryPackagesResponse', 'packages.productInstances', 'siteId'),
          valuesFromResults: (result, ids) => {
            const instances = (result?.packages ?? []).flatMap((pkg) => pkg.productInstances);
            return ids.map((id) => instances.filter((instance) => instance.siteId === id));
          },
        }),
    },
  },
};
