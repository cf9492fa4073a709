import { ApolloProvider } from '@apollo/client/react';
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient, type Connection } from './apollo.js';
import { App } from './App.js';
import { ConnectForm } from './ConnectForm.js';
import './styles.css';

function Root() {
  const [connection, setConnection] = useState<Connection>();
  const client = useMemo(() => connection && createApolloClient(connection), [connection]);
  if (!connection || !client) return <ConnectForm onConnect={setConnection} />;
  return (
    <ApolloProvider client={client}>
      <App connection={connection} />
    </ApolloProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
