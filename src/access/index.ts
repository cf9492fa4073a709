export { AccountAccess, type UpstreamApis } from './AccountAccess.js';
export { confinePackageQueries } from './confinePackageQueries.js';
export { WixAccess, type WixAccessOptions } from './WixAccess.js';
