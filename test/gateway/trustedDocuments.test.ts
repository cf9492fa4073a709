import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { SITES, useGateway } from '../harness.js';

const MANIFEST_PATH = fileURLToPath(
  new URL('../../examples/generated/persisted-documents.json', import.meta.url),
);
const manifest = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as Record<string, string>;

/** The published `SiteBeforeTransfer` query: its manifest key and text. */
const [publishedId, publishedQuery] = Object.entries(manifest).find(([, text]) =>
  text.startsWith('query SiteBeforeTransfer'),
)!;
const publishedHash = publishedId.replace('sha256:', '');
const variables = { siteId: SITES.bakeryDraft };
const expectedSite = {
  data: {
    site: {
      id: SITES.bakeryDraft,
      displayName: expect.any(String),
      ownerAccountId: expect.any(String),
      transferable: true,
    },
  },
};

const ARBITRARY = '{ sites(first: 1) { nodes { id } } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const persistedQuery = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

const NOT_ALLOWED = {
  status: 400,
  body: {
    errors: [
      {
        message:
          'Only trusted documents run on this gateway: send the sha256 of a published document as documentId or extensions.persistedQuery.sha256Hash',
        extensions: { code: 'BAD_USER_INPUT', reason: 'PERSISTED_QUERY_NOT_ALLOWED' },
      },
    ],
  },
};

describe('trusted documents, TRUSTED_DOCUMENTS=enforce', () => {
  const gateway = useGateway({
    env: { TRUSTED_DOCUMENTS: 'enforce', TRUSTED_DOCUMENTS_MANIFEST: MANIFEST_PATH },
  });
  const send = (body: object) => gateway.post(JSON.stringify(body));

  it('runs a published document named by its hash alone (extensions.persistedQuery)', async () => {
    expect(await send({ variables, extensions: persistedQuery(publishedHash) })).toEqual({
      status: 200,
      body: expectedSite,
    });
  });

  it('runs a published document named by documentId', async () => {
    expect(await send({ documentId: publishedId, variables })).toEqual({
      status: 200,
      body: expectedSite,
    });
  });

  it('runs a published document sent as text, with or without its hash', async () => {
    expect(await send({ query: publishedQuery, variables })).toEqual({
      status: 200,
      body: expectedSite,
    });
    expect(
      await send({ query: publishedQuery, variables, extensions: persistedQuery(publishedHash) }),
    ).toEqual({ status: 200, body: expectedSite });
  });

  it('refuses an arbitrary document with PERSISTED_QUERY_NOT_ALLOWED before any upstream call', async () => {
    expect(await send({ query: ARBITRARY })).toEqual(NOT_ALLOWED);
    expect(await gateway.upstreamCalls()).toEqual([]);
  });

  it('refuses an arbitrary document registered with its own hash (APQ cannot widen the list)', async () => {
    const hash = sha256(ARBITRARY);
    expect(await send({ query: ARBITRARY, extensions: persistedQuery(hash) })).toEqual(NOT_ALLOWED);
    expect(await send({ extensions: persistedQuery(hash) })).toEqual(NOT_ALLOWED);
    expect(await gateway.upstreamCalls()).toEqual([]);
  });

  it('refuses an unknown documentId', async () => {
    expect(await send({ documentId: `sha256:${sha256(ARBITRARY)}` })).toEqual(NOT_ALLOWED);
  });
});

describe('trusted documents, TRUSTED_DOCUMENTS=allow', () => {
  const gateway = useGateway({
    env: { TRUSTED_DOCUMENTS: 'allow', TRUSTED_DOCUMENTS_MANIFEST: MANIFEST_PATH },
  });
  const send = (body: object) => gateway.post(JSON.stringify(body));

  it('runs published documents by hash and any other document as usual', async () => {
    expect(await send({ documentId: publishedId, variables })).toEqual({
      status: 200,
      body: expectedSite,
    });
    expect(await send({ query: ARBITRARY })).toEqual({
      status: 200,
      body: { data: { sites: { nodes: [{ id: expect.any(String) }] } } },
    });
  });

  it('answers an unknown documentId with PERSISTED_QUERY_NOT_FOUND', async () => {
    const documentId = `sha256:${sha256(ARBITRARY)}`;
    expect(await send({ documentId })).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: `Unknown documentId "${documentId}"`,
            extensions: { code: 'BAD_USER_INPUT', reason: 'PERSISTED_QUERY_NOT_FOUND' },
          },
        ],
      },
    });
  });
});

describe('automatic persisted queries (trusted documents off)', () => {
  const apqCache = new InMemoryLRUCache<string>();
  const gateway = useGateway({ gatewayOptions: { apqCache } });
  const send = (body: object) => gateway.post(JSON.stringify(body));

  it('asks for the document on an unknown hash, registers it, then runs it by hash alone', async () => {
    const hash = sha256(ARBITRARY);
    const expected = {
      status: 200,
      body: { data: { sites: { nodes: [{ id: expect.any(String) }] } } },
    };

    expect(await send({ extensions: persistedQuery(hash) })).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'PersistedQueryNotFound',
            extensions: { code: 'BAD_USER_INPUT', reason: 'PERSISTED_QUERY_NOT_FOUND' },
          },
        ],
      },
    });
    expect(await send({ query: ARBITRARY, extensions: persistedQuery(hash) })).toEqual(expected);
    expect(await send({ extensions: persistedQuery(hash) })).toEqual(expected);
  });

  it('keeps registered documents in the KeyValueCache it was given', async () => {
    const query = '{ sites(first: 2) { totalCount } }';
    await send({ query, extensions: persistedQuery(sha256(query)) });
    // Apollo prefixes its keys; a shared store (Redis) sees the same keys.
    expect(await apqCache.get(`apq:${sha256(query)}`)).toBe(query);
  });

  it('refuses a document sent with a hash that is not its own', async () => {
    expect(
      await send({ query: ARBITRARY, extensions: persistedQuery(sha256('another document')) }),
    ).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'extensions.persistedQuery.sha256Hash is not the sha256 of query',
            extensions: { code: 'BAD_USER_INPUT', reason: 'PERSISTED_QUERY_HASH_MISMATCH' },
          },
        ],
      },
    });
  });
});
