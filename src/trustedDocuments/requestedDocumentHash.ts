/** The parameters of one GraphQL request that can name a document. */
export interface DocumentParams {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

/**
 * The sha256 (lower-case hex) a request names its document by: `documentId`
 * (`sha256:<hex>` or bare hex, the GraphQL-over-HTTP trusted documents
 * convention) or `extensions.persistedQuery.sha256Hash` (APQ). Undefined when
 * it names none.
 */
export function requestedDocumentHash(params: DocumentParams): string | undefined {
  if (typeof params.documentId === 'string' && params.documentId !== '') {
    return params.documentId.replace(/^sha256:/i, '').toLowerCase();
  }
  const persistedQuery = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } })
    ?.persistedQuery;
  return typeof persistedQuery?.sha256Hash === 'string'
    ? persistedQuery.sha256Hash.toLowerCase()
    : undefined;
}
