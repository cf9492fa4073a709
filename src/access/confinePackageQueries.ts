import type { PackageQueries } from '../loaders/index.js';
import { mayActOn, type Caller } from '../security/Caller.js';
import type { Filter } from '../wix-api/types.js';

/**
 * Wix's Query Packages answers for the whole account family of whichever
 * member is in `wix-account-id`, so a caller scoped to customer A could read
 * customer B's packages (and, through them, instances and sites) by ID or by
 * listing. For a scoped caller this returns Query Packages narrowed to the
 * caller's accounts: the first page's filter gets `accountId $in <scope>`,
 * and follow-up pages carry a Wix cursor issued for that narrowed query (a
 * client's `after` reaches Wix only if the gateway signed it for this caller,
 * see CursorSigner). Every answer is filtered again in case the upstream
 * ignored the filter; such an answer's cursors would point past another
 * account's package, and its total would count them, so both are dropped
 * and the listing ends there. WixAccess
 * hands only this to the loaders and to AccountAccess, so every package,
 * instance and package-derived site the gateway reads goes through it.
 */
export function confinePackageQueries(resellers: PackageQueries, caller: Caller): PackageQueries {
  const scope = caller.accounts;
  if (scope === '*') return resellers;
  return {
    async queryPackages(accountId, request) {
      const query = request.query;
      const narrowed =
        query && !query.cursorPaging?.cursor
          ? { ...request, query: { ...query, filter: withinScope(query.filter, scope) } }
          : request;
      const response = await resellers.queryPackages(accountId, narrowed);
      const packages = response.packages.filter((p) => mayActOn(caller, p.accountId));
      if (packages.length === response.packages.length) return response;
      const metadata = {
        ...response.metadata,
        count: packages.length,
        cursors: {},
        hasNext: false,
      };
      // It counted the other accounts' packages too.
      delete metadata.total;
      return { ...response, packages, metadata };
    },
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
