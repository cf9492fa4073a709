export {
  createUpstreamHttp,
  UpstreamTransportError,
  type UpstreamHttp,
  type UpstreamHttpOptions,
  type UpstreamRequest,
  type UpstreamResponse,
} from './createUpstreamHttp.js';
export { ResellersApi, type WriteOptions } from './ResellersApi.js';
export { SitesApi } from './SitesApi.js';
export { SiteTransferApi } from './SiteTransferApi.js';
export { WixHttpClient, type UpstreamCall } from './WixHttpClient.js';
