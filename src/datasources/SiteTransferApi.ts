import type { SiteTransfer } from '../wix-api/types.js';
import { WixHttpClient } from './WixHttpClient.js';

/** B2B Site Management › business-site-transfer-v1 (docs/wix-api.md "B2B Site Management › Transfer Site"). */
export class SiteTransferApi extends WixHttpClient {
  protected readonly api = 'siteTransfer' as const;

  /** The target account goes in `wix-account-id`; Wix refuses it in the body. */
  async transferSite(targetAccountId: string, transfer: SiteTransfer): Promise<SiteTransfer> {
    const response = await this.request('transferSite', {
      params: {},
      accountId: targetAccountId,
      body: { siteTransfer: transfer },
      action: `transfer site "${transfer.siteId}" from account "${transfer.sourceAccountId}" to account "${targetAccountId}"`,
    });
    return response.siteTransfer;
  }
}
