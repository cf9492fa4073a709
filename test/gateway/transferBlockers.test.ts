import { SiteTransferBlockersDocument, TransferSiteDocument } from '../generated/graphql.js';
import { ACCOUNTS, INSTANCES, SITES, summarize, useGateway } from '../harness.js';

const gateway = useGateway();

describe('Site.transferBlockers', () => {
  it('lists the paid services that stop a transfer, the same ones transferSite refuses with, reading and writing nothing else', async () => {
    const response = await gateway.execute(SiteTransferBlockersDocument, {
      id: SITES.dentalClinic,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.site).toMatchObject({
      id: SITES.dentalClinic,
      transferable: false,
      transferBlockers: [
        { id: INSTANCES.unlimitedOnDentalClinic, status: 'ENABLED' },
        { id: INSTANCES.domainOnDentalClinic, status: 'ENABLED' },
      ],
    });
    // transferable and transferBlockers share one read of the site's packages.
    expect(summarize(await gateway.upstreamCalls())).toEqual([
      `POST /site-list/v2/sites/query ${ACCOUNTS.reseller}`,
      `POST /resellers/v1/packages/query ${ACCOUNTS.reseller}`,
    ]);

    const refused = await gateway.execute(TransferSiteDocument, {
      input: { siteId: SITES.dentalClinic, toAccountId: ACCOUNTS.customerA },
    });
    expect(refused.errors?.[0].extensions?.blockingInstanceIds).toEqual(
      response.data?.site?.transferBlockers?.map((i) => i.id),
    );
  });

  it('is empty for a site without paid services', async () => {
    const response = await gateway.execute(SiteTransferBlockersDocument, {
      id: SITES.bakeryDraft,
    });
    expect(response.data?.site).toEqual({
      id: SITES.bakeryDraft,
      transferable: true,
      transferBlockers: [],
    });
  });
});
