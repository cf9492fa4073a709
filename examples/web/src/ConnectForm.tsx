import { useState, type FormEvent } from 'react';
import type { Connection } from './apollo.js';

/** `?gateway=` in the page URL presets the endpoint (`VITE_GATEWAY_URL` at build time otherwise). */
function defaultUrl(): string {
  return (
    new URLSearchParams(window.location.search).get('gateway') ??
    import.meta.env.VITE_GATEWAY_URL ??
    'http://127.0.0.1:4000/graphql'
  );
}

export function ConnectForm({ onConnect }: { onConnect(connection: Connection): void }) {
  const [url, setUrl] = useState(defaultUrl);
  const [token, setToken] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConnect({ url: url.trim(), token: token.trim() });
  };
  return (
    <form className="connect" onSubmit={submit}>
      <h1>Reseller sites</h1>
      <label>
        Gateway
        <input name="gateway" value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <label>
        Token
        <input
          name="token"
          type="password"
          value={token}
          placeholder="none when the gateway runs without caller tokens"
          onChange={(e) => setToken(e.target.value)}
        />
      </label>
      <button type="submit">Connect</button>
    </form>
  );
}
