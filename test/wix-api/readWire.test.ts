import {
  QuerySitesResponseSchema,
  UpdatePackageExternalIdResponseSchema,
  GetPackageResponseSchema,
  WixErrorBodySchema,
} from '../../src/wix-api/schemas.js';
import { readWire, wireDrift } from '../../src/wix-api/readWire.js';

const site = {
  id: 's1',
  name: 'bakery',
  displayName: 'Bakery',
  createdDate: '2024-01-01T00:00:00.000Z',
  updatedDate: '2024-01-02T00:00:00.000Z',
  published: true,
  premium: false,
  viewUrl: 'https://x',
  editUrl: '/editor/s1',
  ownerAccountId: 'a1',
  editorType: 'EDITOR',
  blocked: false,
  namespace: 'WIX',
  domainConnected: false,
};
const page = (sites: unknown[]) => ({ sites, metadata: { count: sites.length } });
const without = (object: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));

describe('readWire', () => {
  it('reads an answer that keeps to the contract as is, with no drift', () => {
    expect(readWire(QuerySitesResponseSchema, page([site]))).toEqual({
      ok: true,
      value: page([site]),
      drift: [],
    });
  });

  it('maps unknown enum values to the unknown value and keeps the raw value for the log', () => {
    const reading = readWire(
      QuerySitesResponseSchema,
      page([{ ...site, editorType: 'ODEDITOR', namespace: 'NEWSPACE' }]),
    );
    expect(reading).toEqual({
      ok: true,
      value: page([{ ...site, editorType: 'UNKNOWN', namespace: 'UNKNOWN_NAMESPACE' }]),
      drift: [
        { kind: 'unknown_enum', path: 'sites[].editorType', value: 'ODEDITOR' },
        { kind: 'unknown_enum', path: 'sites[].namespace', value: 'NEWSPACE' },
      ],
    });
  });

  it('leaves unknown fields unread, fills missing ones with neutral values and counts both', () => {
    const rest = without(site, 'updatedDate', 'blocked');
    const reading = readWire(
      QuerySitesResponseSchema,
      page([{ ...rest, parentChildRole: 'NONE' }]),
    );
    expect(reading).toEqual({
      ok: true,
      value: page([{ ...rest, parentChildRole: 'NONE', blocked: false }]),
      drift: [
        { kind: 'missing_field', path: 'sites[].blocked' },
        { kind: 'unknown_field', path: 'sites[].parentChildRole', value: 'parentChildRole' },
      ],
    });
  });

  it('leaves out a list item without its ID and serves the rest', () => {
    const noId = without(site, 'id');
    const reading = readWire(QuerySitesResponseSchema, page([noId, { ...site, id: 's2' }]));
    expect(reading).toEqual({
      ok: true,
      value: { sites: [{ ...site, id: 's2' }], metadata: { count: 2 } },
      drift: [{ kind: 'contract', path: 'sites[].id' }],
    });
  });

  it('refuses an answer whose one object lacks its ID, naming the path', () => {
    const reading = readWire(GetPackageResponseSchema, {
      package: { accountId: 'a', productInstances: [], createdDate: 'd', updatedDate: 'd' },
    });
    expect(reading).toEqual({
      ok: false,
      path: 'package.id',
      drift: [{ kind: 'contract', path: 'package.id' }],
    });
  });

  it("reads Update External Id's documented example key without drift", () => {
    const pkg = {
      id: 'p',
      accountId: 'a',
      productInstances: [],
      createdDate: 'd',
      updatedDate: 'd',
    };
    expect(readWire(UpdatePackageExternalIdResponseSchema, { updated_package: pkg })).toEqual({
      ok: true,
      value: { updated_package: pkg },
      drift: [],
    });
  });

  it('reads an error body carrying only the application code', () => {
    const body = { details: { applicationError: { code: 'PACKAGE_NOT_FOUND' } } };
    expect(readWire(WixErrorBodySchema, body)).toEqual({ ok: true, value: body, drift: [] });
  });

  it('leaves out an optional object that lacks its ID', () => {
    const pkg = { accountId: 'a', productInstances: [], createdDate: 'd', updatedDate: 'd' };
    expect(readWire(UpdatePackageExternalIdResponseSchema, { updatedPackage: pkg })).toEqual({
      ok: true,
      value: {},
      drift: [{ kind: 'contract', path: 'updatedPackage.id' }],
    });
  });

  it('serves a page without metadata as an empty one', () => {
    expect(readWire(QuerySitesResponseSchema, { sites: [site] })).toEqual({
      ok: true,
      value: { sites: [site], metadata: { count: 0 } },
      drift: [{ kind: 'missing_field', path: 'metadata' }],
    });
  });

  it('reports drift without reading, for the live contract check', () => {
    expect(wireDrift(QuerySitesResponseSchema, page([{ ...site, editorType: 7 }]))).toEqual([
      { kind: 'wrong_type', path: 'sites[].editorType' },
    ]);
  });
});
