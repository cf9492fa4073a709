import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ConfigError } from '../config.js';

/** sha256 (lower-case hex) → document text, exactly as published by codegen. */
export type TrustedDocuments = ReadonlyMap<string, string>;

/** The hash clients send as `extensions.persistedQuery.sha256Hash`: sha256 of the document text. */
export function documentHash(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

/**
 * Reads a manifest (`{ "sha256:<hex>": "<document>" }`, codegen's
 * `persisted-documents.json` with `hashAlgorithm: sha256`; bare hex keys are
 * accepted too). Every key must be the hash of its document: a manifest built
 * with another algorithm would otherwise be accepted and then match nothing.
 */
export async function loadTrustedDocuments(path: string): Promise<TrustedDocuments> {
  const variable = 'TRUSTED_DOCUMENTS_MANIFEST';
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'is not JSON' : 'cannot be read';
    throw new ConfigError(`${variable} "${path}" ${reason}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError(`${variable} "${path}" must be a JSON object of sha256 → document`);
  }
  const documents = new Map<string, string>();
  for (const [key, document] of Object.entries(parsed)) {
    const hash = key.replace(/^sha256:/i, '').toLowerCase();
    if (typeof document !== 'string' || documentHash(document) !== hash) {
      throw new ConfigError(
        `${variable} "${path}": entry "${key}" is not the sha256 of its document (generate it with hashAlgorithm: sha256)`,
      );
    }
    documents.set(hash, document);
  }
  return documents;
}
