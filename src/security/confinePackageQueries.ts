import type { ResellersApi } from '../datasources/index.js';
import type { Filter } from '../wix-api/types.js';
import { mayActOn, type Caller } from './Caller.js';

/**
 * Wix's Query Packages answers for the whole account family of whichever
 * member is in `wix-account-id`, so a caller scoped to customer A could read
 * customer B's packages (and, through them, instances and sites) by ID or by
 * listing. For a scoped caller this narrows every Query Packages call of the
 * request to the caller's accounts: the first page's filter gets
 * `accountId $in <scope>` (follow-up pages carry Wix's cursor, which keeps
 * that filter), and every answer is filtered again in case the upstream
 * ignored it. Every package, instance and package-derived site the gateway
 * reads goes through here (loaders, `packages`, reassign and transfer checks).
 */
export function confinePackageQueries(resellers: ResellersApi, caller: Caller): void {
  const scope = caller.accounts;
  if (scope === '*') return;
  const queryPackages = resellers.queryPackages.bind(resellers);
  resellers.queryPackages = async (accountId, request, ...rest) => {
    const query = request.query;
    const narrowed =
      query && !query.cursorPaging?.cursor
        ? { ...request, query: { ...query, filter: withinScope(query.filter, scope) } }
        : request;
    const response = await queryPackages(accountId, narrowed, ...rest);
    return {
      ...response,
      packages: response.packages.filter((p) => mayActOn(caller, p.accountId)),
    };
  };
}

function withinScope(filter: Filter | undefined, scope: readonly string[]): Filter {
  const current = filter?.accountId as { $in?: unknown } | undefined;
  if (current === undefined) return { ...filter, accountId: { $in: [...scope] } };
  if (!Array.isArray(current.$in)) return filter ?? {};
  const allowed = (current.$in as unknown[]).filter(
    (id) => typeof id === 'string' && scope.includes(id.toLowerCase()),
  );
  // Nothing allowed: keep the filter as asked (Wix may refuse an empty $in);
  // the answer is filtered to the scope anyway, so it comes back empty.
  return allowed.length > 0 ? { ...filter, accountId: { $in: allowed } } : (filter ?? {});
}
