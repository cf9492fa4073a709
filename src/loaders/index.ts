export { AccountLoaders } from './AccountLoaders.js';
export type { BatchObserver } from './loaderOptions.js';
export type { PackageQueries } from './PackageQueries.js';
export { queryAllPackages } from './queryAllPackages.js';
export { RequestLoaders } from './RequestLoaders.js';
