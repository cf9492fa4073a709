import { useState } from 'react';
import type { Connection } from './apollo.js';
import { ProvisionPanel, type TransferredSite } from './ProvisionPanel.js';
import { SitesPanel } from './SitesPanel.js';

/**
 * Flow 1: transfer a site of the team account to a customer, then provision
 * a paid service on it and watch it go live. Flow 2: move a paid service to
 * another site, from the site list.
 */
export function App({ connection }: { connection: Connection }) {
  const [accountInput, setAccountInput] = useState('');
  const [accountId, setAccountId] = useState<string>();
  const [transferred, setTransferred] = useState<TransferredSite>();
  return (
    <main>
      <header>
        <h1>Reseller sites</h1>
        <span className="muted">{connection.url}</span>
      </header>
      <form
        className="account"
        onSubmit={(event) => {
          event.preventDefault();
          setAccountId(accountInput.trim() || undefined);
        }}
      >
        <label>
          Account
          <input
            name="account"
            value={accountInput}
            placeholder="the reseller account"
            onChange={(e) => setAccountInput(e.target.value)}
          />
        </label>
        <button type="submit">Show</button>
      </form>
      <div className="columns">
        <SitesPanel accountId={accountId} onTransferred={setTransferred} />
        {transferred && <ProvisionPanel key={transferred.id} site={transferred} />}
      </div>
    </main>
  );
}
