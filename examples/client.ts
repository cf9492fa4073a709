import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode, type GraphQLFormattedError } from 'graphql';

export interface ClientOptions {
  /** The gateway's GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** Caller token, sent as `Authorization: Bearer <token>` when set. */
  token?: string;
}

/** A GraphQL error response, with the gateway's `extensions.code` at hand. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly operationName: string,
    readonly errors: readonly GraphQLFormattedError[],
  ) {
    super(
      `${operationName} failed: ` +
        errors.map((e) => `${e.message} [${String(e.extensions?.code)}]`).join('; '),
    );
    this.name = 'GraphQLRequestError';
  }
}

export type Execute = <TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
) => Promise<TData>;

/**
 * A minimal typed client on `fetch`. It sends each operation by hash first
 * (the sha256 codegen published in `generated/persisted-documents.json`), so
 * it works against a gateway that enforces trusted documents; when the
 * gateway does not know the hash (no manifest, empty APQ cache) it sends the
 * document itself.
 */
export function createClient(options: ClientOptions): Execute {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  async function post(
    body: unknown,
  ): Promise<{ data?: unknown; errors?: GraphQLFormattedError[] }> {
    const response = await fetch(options.url, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    return (await response.json()) as { data?: unknown; errors?: GraphQLFormattedError[] };
  }

  return async function execute<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<TData> {
    const operationName = operationNameOf(document);
    const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
    let result = hash
      ? await post({
          operationName,
          variables,
          extensions: {
            persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, '') },
          },
        })
      : undefined;
    if (!result || result.errors?.some(isUnknownHash)) {
      result = await post({ operationName, variables, query: print(document) });
    }
    if (result.errors?.length) throw new GraphQLRequestError(operationName, result.errors);
    return result.data as TData;
  };
}

function isUnknownHash(error: GraphQLFormattedError): boolean {
  return (
    error.message === 'PersistedQueryNotFound' ||
    error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND' ||
    error.extensions?.reason === 'PERSISTED_QUERY_NOT_FOUND'
  );
}

function operationNameOf(document: DocumentNode): string {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition' && definition.name) return definition.name.value;
  }
  throw new Error('The document has no named operation');
}
