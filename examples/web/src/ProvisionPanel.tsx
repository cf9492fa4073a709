import { useMutation, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import {
  CreatePackageOnSiteDocument,
  WatchPackageDocument,
  type PaidServiceFragment,
} from './generated/graphql.js';
import { ProductName } from './ProductName.js';

export interface TransferredSite {
  id: string;
  displayName: string;
  /** Its new owner. */
  accountId: string;
}

/** Flow 1, step 2: provision a paid service on the transferred site, in its new account. */
export function ProvisionPanel({ site }: { site: TransferredSite }) {
  const [catalogProductId, setCatalogProductId] = useState('');
  const [billing, setBilling] = useState<'RECURRING' | 'ONE_TIME'>('RECURRING');
  const [create, { data, loading, error }] = useMutation(CreatePackageOnSiteDocument);
  const created = data?.createPackage.package;
  return (
    <section className="panel" aria-label="Provision">
      <h2>Transferred</h2>
      <p>
        <strong>{site.displayName}</strong> now belongs to account <code>{site.accountId}</code>.
      </p>
      {!created && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const orderId = `web-${Date.now()}`;
            void create({
              variables: {
                accountId: site.accountId,
                input: {
                  externalId: orderId,
                  // A retry of this order after a lost answer provisions nothing twice.
                  idempotencyKey: orderId,
                  products: [
                    {
                      catalogProductId,
                      siteId: site.id,
                      countryCode: 'US',
                      billingInfo:
                        billing === 'RECURRING'
                          ? { type: 'RECURRING', cycleDuration: { unit: 'YEAR', count: 1 } }
                          : { type: 'ONE_TIME' },
                    },
                  ],
                },
              },
            }).catch(() => undefined);
          }}
        >
          <input
            name="catalogProductId"
            value={catalogProductId}
            placeholder="catalog product ID"
            onChange={(e) => setCatalogProductId(e.target.value.trim())}
          />
          <select
            aria-label="Billing"
            value={billing}
            onChange={(e) => setBilling(e.target.value as 'RECURRING' | 'ONE_TIME')}
          >
            <option value="RECURRING">Yearly</option>
            <option value="ONE_TIME">One time</option>
          </select>
          <button type="submit" disabled={loading || !catalogProductId}>
            Create package
          </button>
        </form>
      )}
      {error && <p className="error">{error.message}</p>}
      {created && (
        <PackageStatus
          id={created.id}
          accountId={site.accountId}
          initial={created.productInstances}
        />
      )}
    </section>
  );
}

/** The package's instances, updated live by packageStatusChanged until they settle. */
function PackageStatus(props: { id: string; accountId: string; initial: PaidServiceFragment[] }) {
  const [settled, setSettled] = useState(false);
  const { data, error } = useSubscription(WatchPackageDocument, {
    variables: { id: props.id, accountId: props.accountId },
    onComplete: () => setSettled(true),
  });
  const instances = data?.packageStatusChanged.productInstances ?? props.initial;
  return (
    <div className="package" data-package-id={props.id}>
      <h3>
        Package <code>{props.id.slice(0, 8)}</code>{' '}
        <span className="muted">{settled ? 'settled' : 'watching live…'}</span>
      </h3>
      <ul>
        {instances.map((instance) => (
          <li key={instance.id} data-instance-id={instance.id}>
            <ProductName service={instance} />{' '}
            <span className={`status status-${instance.status.toLowerCase()}`}>
              {instance.status}
            </span>
          </li>
        ))}
      </ul>
      {error && <p className="error">{error.message}</p>}
    </div>
  );
}
