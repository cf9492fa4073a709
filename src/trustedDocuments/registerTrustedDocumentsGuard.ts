import type { FastifyInstance, FastifyRequest } from 'fastify';
import { badUserInput } from '../errors/index.js';
import { documentHash, type TrustedDocuments } from './loadTrustedDocuments.js';
import { requestedDocumentHash, type DocumentParams } from './requestedDocumentHash.js';

export interface TrustedDocumentsGuardOptions {
  /** The GraphQL route, e.g. `/graphql`. */
  path: string;
  documents: TrustedDocuments;
  /** Refuse every document that is not in the manifest (`TRUSTED_DOCUMENTS=enforce`). */
  enforce: boolean;
}

interface Refusal {
  reason:
    | 'PERSISTED_QUERY_NOT_ALLOWED'
    | 'PERSISTED_QUERY_NOT_FOUND'
    | 'PERSISTED_QUERY_HASH_MISMATCH'
    | 'PERSISTED_QUERY_VERSION_NOT_SUPPORTED'
    | 'BAD_REQUEST';
  message: string;
}

const NOT_ALLOWED: Refusal = {
  reason: 'PERSISTED_QUERY_NOT_ALLOWED',
  message:
    'Only trusted documents run on this gateway: send the sha256 of a published document as documentId or extensions.persistedQuery.sha256Hash',
};

/**
 * Refuses, before Apollo parses anything, requests the manifest does not
 * cover: with `enforce`, any document that is not published (so an unknown
 * document cannot even probe the schema through validation errors, and APQ
 * cannot register one); always, a `documentId` that names nothing and a
 * document sent with a hash that is not its own (Apollo would report that
 * without a code), and an APQ version other than 1. The refusal is a 400
 * `BAD_USER_INPUT` with a `reason`, thrown for the gateway's refusal renderer. Registered with an empty manifest when trusted documents
 * are off.
 */
export function registerTrustedDocumentsGuard(
  app: FastifyInstance,
  options: TrustedDocumentsGuardOptions,
): void {
  app.addHook('preHandler', async (request) => {
    if (request.routeOptions.url !== options.path) return;
    if (request.method !== 'GET' && request.method !== 'POST') return;
    const bodies = requestParams(request);
    for (const params of Array.isArray(bodies) ? bodies : [bodies]) {
      const refusal = judge(params, options);
      if (refusal) {
        throw badUserInput(refusal.message, { reason: refusal.reason, http: { status: 400 } });
      }
    }
  });
}

function judge(params: DocumentParams, options: TrustedDocumentsGuardOptions): Refusal | undefined {
  const { documents, enforce } = options;
  const persistedQuery = (params.extensions as { persistedQuery?: { version?: unknown } } | null)
    ?.persistedQuery;
  // Apollo reports another version with an error that has no code (a 500-style
  // masked error in the log); only version 1 of the APQ protocol exists.
  if (persistedQuery && persistedQuery.version !== 1) {
    return {
      reason: 'PERSISTED_QUERY_VERSION_NOT_SUPPORTED',
      message: 'extensions.persistedQuery.version must be 1',
    };
  }
  if (params.documentId !== undefined) {
    if (typeof params.documentId !== 'string' || params.documentId === '') {
      return { reason: 'BAD_REQUEST', message: 'documentId must be a non-empty string' };
    }
    if (
      params.query !== undefined ||
      (params.extensions as { persistedQuery?: unknown })?.persistedQuery
    ) {
      return { reason: 'BAD_REQUEST', message: 'Send documentId without query or persistedQuery' };
    }
    if (documents.has(requestedDocumentHash(params)!)) return undefined;
    return enforce
      ? NOT_ALLOWED
      : {
          reason: 'PERSISTED_QUERY_NOT_FOUND',
          message: `Unknown documentId "${params.documentId}"`,
        };
  }
  const hash = requestedDocumentHash(params);
  if (typeof params.query === 'string') {
    const ownHash = documentHash(params.query);
    if (hash !== undefined && hash !== ownHash) {
      return {
        reason: 'PERSISTED_QUERY_HASH_MISMATCH',
        message: 'extensions.persistedQuery.sha256Hash is not the sha256 of query',
      };
    }
    return !enforce || documents.has(ownHash) ? undefined : NOT_ALLOWED;
  }
  return !enforce || (hash !== undefined && documents.has(hash)) ? undefined : NOT_ALLOWED;
}

/** The POST body as parsed, or the GET parameters with `extensions` decoded. */
function requestParams(request: FastifyRequest): DocumentParams | DocumentParams[] {
  if (request.method === 'POST') {
    const body = request.body;
    if (Array.isArray(body)) return body.map((item) => asParams(item));
    return asParams(body);
  }
  const query = request.query as Record<string, unknown>;
  let extensions: unknown = query.extensions;
  if (typeof extensions === 'string') {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      // Left as the string: it names no document, and Apollo reports the bad JSON.
    }
  }
  return { query: query.query, documentId: query.documentId, extensions };
}

function asParams(value: unknown): DocumentParams {
  return typeof value === 'object' && value !== null ? (value as DocumentParams) : {};
}
