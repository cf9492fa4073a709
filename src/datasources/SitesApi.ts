import type { CountSitesRequest, QuerySitesRequest, QuerySitesResponse } from '../wix-api/types.js';
import { WixHttpClient } from './WixHttpClient.js';

/** Site List v2 (docs/wix-api.md "Query Sites and Count Sites"). There is no Get Site: sites by ID go through querySites. */
export class SitesApi extends WixHttpClient {
  protected readonly api = 'sites' as const;

  querySites(accountId: string, request: QuerySitesRequest): Promise<QuerySitesResponse> {
    return this.request('querySites', {
      params: {},
      accountId,
      body: request,
      action: `query the sites of account "${accountId}"`,
    });
  }

  async countSites(accountId: string, request: CountSitesRequest): Promise<number> {
    const response = await this.request('countSites', {
      params: {},
      accountId,
      body: request,
      action: `count the sites of account "${accountId}"`,
    });
    return response.count;
  }
}
