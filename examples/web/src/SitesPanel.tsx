import type { Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import {
  MoveServiceDocument,
  SitesWithServicesDocument,
  TransferSiteDocument,
  type PaidServiceFragment,
} from './generated/graphql.js';
import type { TransferredSite } from './ProvisionPanel.js';
import { ProductName } from './ProductName.js';

const PAGE_SIZE = 5;

/** A cached `sites` list as relay-style pagination stores it. */
interface SiteList {
  edges?: { node: Reference }[];
  totalCount: number;
}

interface SiteOption {
  id: string;
  displayName: string;
}

/** The account's sites, a page at a time, each with its paid services. */
export function SitesPanel(props: {
  accountId: string | undefined;
  onTransferred(site: TransferredSite): void;
}) {
  const { data, error, loading, fetchMore } = useQuery(SitesWithServicesDocument, {
    variables: { accountId: props.accountId, first: PAGE_SIZE },
  });
  if (error) {
    return (
      <section className="panel" role="alert">
        Could not load the sites: {error.message}
      </section>
    );
  }
  if (loading || !data) return <section className="panel">Loading sites…</section>;
  const { edges, pageInfo, totalCount } = data.sites;
  const sites: SiteOption[] = edges.map((e) => e.node);
  return (
    <section className="panel">
      <h2>
        Sites <span className="muted">({totalCount})</span>
      </h2>
      <ul className="sites">
        {edges.map(({ node: site }) => (
          <li key={site.id} data-site-id={site.id}>
            <div className="site-head">
              <strong>{site.displayName}</strong>
              {site.premium && <span className="badge">Premium</span>}
            </div>
            <ul className="services">
              {(site.productInstances ?? []).map((service) => (
                <ServiceRow
                  key={service.id}
                  service={service}
                  accountId={props.accountId}
                  otherSites={sites.filter((s) => s.id !== site.id)}
                />
              ))}
              {site.productInstances?.length === 0 && <li className="muted">No paid services</li>}
            </ul>
            {site.transferable && <TransferForm site={site} onTransferred={props.onTransferred} />}
          </li>
        ))}
      </ul>
      {pageInfo.hasNextPage && (
        <button onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}>
          More sites
        </button>
      )}
    </section>
  );
}

function StatusBadge({ status }: { status: string }) {
  return <span className={`status status-${status.toLowerCase()}`}>{status}</span>;
}

/** Flow 2: a paid service and where it can move. */
function ServiceRow(props: {
  service: PaidServiceFragment;
  accountId: string | undefined;
  otherSites: SiteOption[];
}) {
  const [toSiteId, setToSiteId] = useState(props.otherSites[0]?.id ?? '');
  const [move, { loading, error }] = useMutation(MoveServiceDocument);
  return (
    <li data-instance-id={props.service.id}>
      <ProductName service={props.service} /> <StatusBadge status={props.service.status} />
      {props.otherSites.length > 0 && (
        <span className="move">
          <select
            aria-label="Move to site"
            value={toSiteId}
            onChange={(e) => setToSiteId(e.target.value)}
          >
            {props.otherSites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.displayName}
              </option>
            ))}
          </select>
          <button
            disabled={loading}
            onClick={() =>
              void move({
                variables: {
                  accountId: props.accountId,
                  instanceId: props.service.id,
                  toSiteId,
                },
              }).catch(() => undefined)
            }
          >
            Move
          </button>
        </span>
      )}
      {error && <span className="error">{error.message}</span>}
    </li>
  );
}

/** Flow 1, step 1: hand the site over to a customer's account. */
function TransferForm(props: {
  site: { id: string; displayName: string };
  onTransferred(site: TransferredSite): void;
}) {
  const [toAccountId, setToAccountId] = useState('');
  const [transfer, { loading, error }] = useMutation(TransferSiteDocument, {
    // The site has left this account: drop it from every cached list, and
    // drop the target account's list, which does not hold it yet.
    update(cache, { data }) {
      if (!data) return;
      // Each cached list that held the site counts one site fewer.
      cache.modify<{ sites: SiteList }>({
        id: 'ROOT_QUERY',
        fields: {
          sites: (list, { readField, isReference }) =>
            !isReference(list) &&
            list.edges?.some((edge) => readField('id', edge.node) === props.site.id)
              ? { ...list, totalCount: list.totalCount - 1 }
              : list,
        },
      });
      cache.evict({ id: cache.identify({ __typename: 'Site', id: props.site.id }) });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'sites', args: { accountId: toAccountId } });
      cache.gc();
    },
  });
  return (
    <form
      className="transfer"
      onSubmit={(event) => {
        event.preventDefault();
        void transfer({ variables: { siteId: props.site.id, toAccountId } })
          .then(({ data }) => {
            if (data) {
              props.onTransferred({
                id: data.transferSite.site.id,
                displayName: data.transferSite.site.displayName,
                accountId: data.transferSite.site.ownerAccountId,
              });
            }
          })
          .catch(() => undefined);
      }}
    >
      <input
        name="toAccountId"
        value={toAccountId}
        placeholder="customer account ID"
        onChange={(e) => setToAccountId(e.target.value.trim())}
      />
      <button type="submit" disabled={loading || !toAccountId}>
        Transfer
      </button>
      {error && <span className="error">{error.message}</span>}
    </form>
  );
}
