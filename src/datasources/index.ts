export {
  createUpstreamHttp,
  UpstreamTransportError,
  type UpstreamHttp,
  type UpstreamHttpOptions,
  type UpstreamRequest,
  type UpstreamResponse,
} from './createUpstreamHttp.js';
export { ResellersApi, type WriteOptions } from './ResellersApi.js';
export { readPackagePages, type PackagePageSource } from './readPackagePages.js';
export { SitesApi } from './SitesApi.js';
export { SiteTransferApi } from './SiteTransferApi.js';
export type { UpstreamCall } from './UpstreamCall.js';
export type { UpstreamObserver, UpstreamOutcome } from './UpstreamObserver.js';
export { WixHttpClient, type PaidWriteSettings, type UpstreamRuntime } from './WixHttpClient.js';
