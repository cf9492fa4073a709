export { AccountLoaders } from './AccountLoaders.js';
export { queryAllPackages, UPSTREAM_PAGE_LIMIT } from './queryAllPackages.js';
export { RequestLoaders } from './RequestLoaders.js';
