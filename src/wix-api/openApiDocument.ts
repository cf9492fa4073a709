/**
 * The OpenAPI 3.0 description of the endpoint table, written to
 * bench/openapi/wix-reseller.yaml by scripts/print-openapi.mjs (the bench's
 * GraphQL Mesh peer is generated from it). Never edit the YAML by hand.
 */
import { z } from 'zod';
import { WIX_ENDPOINTS, type WixApi, type WixEndpoint } from './endpoints.js';

const TAGS: Record<WixApi, { name: string; description: string }> = {
  resellers: {
    name: 'Resellers',
    description: 'Packages and product instances (docs/wix-api.md, Resellers)',
  },
  siteTransfer: {
    name: 'B2B Site Management',
    description: 'business-site-transfer-v1 (docs/wix-api.md, B2B Site Management)',
  },
  sites: { name: 'Sites', description: 'Site List v2 (docs/wix-api.md, Site List v2)' },
};

type Json = Record<string, unknown>;

export function openApiDocument(): Json {
  const paths: Record<string, Json> = {};
  for (const endpoint of Object.values(WIX_ENDPOINTS) as WixEndpoint[]) {
    const params = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    paths[endpoint.path] ??= {};
    paths[endpoint.path][endpoint.method.toLowerCase()] = {
      tags: [TAGS[endpoint.api].name],
      operationId: endpoint.name,
      summary: endpoint.summary,
      ...(endpoint.deprecated && { deprecated: true }),
      parameters: [...params, { $ref: '#/components/parameters/AccountId' }],
      ...(endpoint.request && {
        requestBody: {
          required: endpoint.kind === 'read' || endpoint.name.startsWith('create'),
          content: { 'application/json': { schema: ref(endpoint.request) } },
        },
      }),
      responses: {
        '200': {
          description: `${endpoint.summary}: answer.`,
          content: { 'application/json': { schema: ref(endpoint.response) } },
        },
        default: { $ref: '#/components/responses/Error' },
      },
    };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Wix reseller REST APIs',
      version: '1.0.0',
      description:
        'The three account-level Wix REST APIs the gateway fronts, generated from the ' +
        'endpoint table (src/wix-api/endpoints.ts) by scripts/print-openapi.mjs; see ' +
        'docs/wix-api.md. Every call is account-level: the raw API key in `Authorization` ' +
        '(no `Bearer` prefix) and the account GUID in `wix-account-id`.',
    },
    servers: [
      { url: 'https://www.wixapis.com', description: 'Wix production' },
      {
        url: 'http://127.0.0.1:{port}',
        description: 'Local emulator (src/emulator)',
        variables: { port: { default: '8080' } },
      },
    ],
    security: [{ apiKey: [] }],
    tags: Object.values(TAGS),
    paths,
    components: {
      securitySchemes: {
        apiKey: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: 'The raw account-level API key, with no `Bearer` prefix.',
        },
      },
      parameters: {
        AccountId: {
          name: 'wix-account-id',
          in: 'header',
          required: true,
          description: 'GUID of the account the call acts on (Transfer Site: the target account).',
          schema: { type: 'string' },
        },
      },
      responses: {
        Error: {
          description:
            '400 invalid, 401 unauthenticated, 403 forbidden, 404 not found, 428 failed ' +
            'precondition, 429 throttled, 5xx system error (maybe an empty body).',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/WixError' } } },
        },
      },
      schemas: componentSchemas(),
    },
  };
}

function ref(schema: z.ZodType): Json {
  const id = z.globalRegistry.get(schema)?.id;
  if (id === undefined) throw new TypeError('every request and response schema needs an id');
  return { $ref: `#/components/schemas/${id}` };
}

/**
 * Every named wire schema. The contract's objects are strict so drift can be
 * measured, but a reader must ignore unknown keys: `additionalProperties:
 * false` is left out.
 */
function componentSchemas(): Json {
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: 'openapi-3.0',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const sorted = Object.keys(schemas).sort();
  return Object.fromEntries(sorted.map((id) => [id, clean(schemas[id])]));
}

function clean(value: unknown, isPropertyMap = false): unknown {
  if (Array.isArray(value)) return value.map((v) => clean(v));
  if (typeof value !== 'object' || value === null) return value;
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    if (!isPropertyMap && key === 'additionalProperties' && v === false) continue;
    if (!isPropertyMap && (key === '$schema' || key === '$id' || key === 'id')) continue;
    out[key] = clean(v, !isPropertyMap && key === 'properties');
  }
  return out;
}
