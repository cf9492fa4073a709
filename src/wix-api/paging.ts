/** Upstream maximum page size of Query Packages and Query Sites (docs/wix-api.md "Query Packages", "Query Sites and Count Sites"). */
export const UPSTREAM_PAGE_LIMIT = 100;
