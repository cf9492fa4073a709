export { AccountLoaders } from './AccountLoaders.js';
export { queryAllPackages } from './queryAllPackages.js';
export { RequestLoaders } from './RequestLoaders.js';
