export {
  createUpstreamHttp,
  type UpstreamHttp,
  type UpstreamHttpOptions,
} from './createUpstreamHttp.js';
export { ResellersApi, type WriteOptions } from './ResellersApi.js';
export { SitesApi } from './SitesApi.js';
export { SiteTransferApi } from './SiteTransferApi.js';
export { WixHttpClient, type UpstreamCall } from './WixHttpClient.js';
