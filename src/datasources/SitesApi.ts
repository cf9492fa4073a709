import {
  WIX_PATHS,
  type CountSitesRequest,
  type CountSitesResponse,
  type QuerySitesRequest,
  type QuerySitesResponse,
} from '../wix-api/types.js';
import { WixHttpClient } from './WixHttpClient.js';

/** Site List v2 (docs/wix-api.md "Query Sites and Count Sites"). There is no Get Site: sites by ID go through querySites. */
export class SitesApi extends WixHttpClient {
  protected readonly api = 'sites' as const;

  querySites(accountId: string, request: QuerySitesRequest): Promise<QuerySitesResponse> {
    return this.call<QuerySitesResponse>({
      method: 'POST',
      path: WIX_PATHS.querySites,
      accountId,
      body: request,
      kind: 'read',
      action: `query the sites of account "${accountId}"`,
    });
  }

  async countSites(accountId: string, request: CountSitesRequest): Promise<number> {
    const response = await this.call<CountSitesResponse>({
      method: 'POST',
      path: WIX_PATHS.countSites,
      accountId,
      body: request,
      kind: 'read',
      action: `count the sites of account "${accountId}"`,
    });
    return response.count;
  }
}
