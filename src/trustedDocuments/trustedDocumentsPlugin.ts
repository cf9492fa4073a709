import type { ApolloServerPlugin } from '@apollo/server';
import { requestedDocumentHash } from './requestedDocumentHash.js';
import type { TrustedDocuments } from './loadTrustedDocuments.js';

/**
 * Runs published documents named by hash: `documentId`, or
 * `extensions.persistedQuery.sha256Hash` with no `query` (the APQ protocol,
 * so Apollo Client's persisted-query link works unchanged). It acts in
 * `requestDidStart`, before Apollo's APQ step reads `request.query`, so a
 * manifest hash never depends on the APQ cache. Refusals happen earlier, in
 * `registerTrustedDocumentsGuard`: errors thrown here would surface as 500s.
 */
export function trustedDocumentsPlugin(documents: TrustedDocuments): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      if (request.query !== undefined) return;
      const params = {
        documentId:
          request.http?.method === 'GET'
            ? new URLSearchParams(request.http.search).get('documentId')
            : (request.http?.body as { documentId?: unknown } | null | undefined)?.documentId,
        extensions: request.extensions,
      };
      const hash = requestedDocumentHash(params);
      const document = hash === undefined ? undefined : documents.get(hash);
      if (document !== undefined) request.query = document;
    },
  };
}
