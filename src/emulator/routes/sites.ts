/** Site List v2: Query Sites and Count Sites (docs/wix-api.md "Query Sites and Count Sites"). */
import type { FastifyInstance } from 'fastify';
import type { CountSitesResponse, QuerySitesResponse } from '../../wix-api/types.js';
import { routerPath } from '../../wix-api/endpoints.js';
import { findAccount } from '../accounts.js';
import type { EmulatorContext } from '../context.js';
import { WixError } from '../errors.js';
import { compileFilter } from '../query/filter.js';
import { decodeCursor } from '../query/paging/cursor.js';
import { runQuery } from '../query/runQuery.js';
import { listedSites } from '../sites/listedSites.js';
import { countSitesFilter, querySitesSpec } from '../sites/siteQuerySpec.js';
import { bodyObject, Violations } from '../validation.js';

export function registerSiteRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  app.post(routerPath('querySites'), { config: { routeName: 'querySites' } }, async (request) => {
    const state = ctx.store.state;
    requireAccount(ctx, request.accountId);
    const body = bodyObject(request.body);
    const query = (body.query ?? {}) as Record<string, unknown>;
    // A follow-up page has no filter in the request: the cursor's filter decides visibility.
    const filterForListing = query.filter ?? cursorFilter(query);
    const sites = listedSites(state, request.accountId, filterForListing);
    const result = runQuery(sites, body.query, querySitesSpec, request.accountId);
    const response: QuerySitesResponse = {
      sites: result.items.map((listed) => listed.site),
      metadata: result.metadata,
    };
    return response;
  });

  app.post(routerPath('countSites'), { config: { routeName: 'countSites' } }, async (request) => {
    requireAccount(ctx, request.accountId);
    const body = bodyObject(request.body);
    const violations = new Violations();
    const predicate = compileFilter(body.filter, countSitesFilter, violations, 'filter');
    violations.throwIfAny();
    const sites = listedSites(ctx.store.state, request.accountId, body.filter);
    const response: CountSitesResponse = { count: sites.filter(predicate).length };
    return response;
  });
}

function requireAccount(ctx: EmulatorContext, accountId: string): void {
  if (!findAccount(ctx.store.state, accountId)) {
    throw WixError.application('ACCOUNT_NOT_FOUND', `Account ${accountId} was not found`);
  }
}

function cursorFilter(query: Record<string, unknown>): unknown {
  const paging = query.cursorPaging as Record<string, unknown> | undefined;
  return typeof paging?.cursor === 'string' ? decodeCursor(paging.cursor)?.filter : undefined;
}
