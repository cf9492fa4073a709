import { captureStream } from '../logCapture.js';
import { PACKAGES, useGateway } from '../harness.js';
import { startDriftingWix, type DriftingWix } from '../wix-api/driftingWix.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let drifting: DriftingWix;
// Started before the gateway, which is pointed at it; it forwards to the emulator.
beforeAll(async () => {
  drifting = await startDriftingWix(() => gateway.emulatorUrl);
});
afterAll(() => drifting?.stop());

const log = captureStream();
const gateway = useGateway({
  upstreamUrl: () => drifting.url,
  env: { LOG_LEVEL: 'warn' },
  gatewayOptions: { logStream: log.stream },
});

beforeEach(() => {
  drifting.rewrite = (answer) => answer;
});

async function query(text: string): Promise<Json> {
  const { body } = await gateway.post(JSON.stringify({ query: text }));
  return body as Json;
}

async function driftCount(endpoint: string, kind: string): Promise<number> {
  const text = await (await fetch(`${gateway.gatewayOrigin}/metrics`)).text();
  const series = `gateway_upstream_drift_total{endpoint="${endpoint}",kind="${kind}"} `;
  const line = text.split('\n').find((l) => l.startsWith(series));
  return line === undefined ? 0 : Number(line.slice(series.length));
}

describe('a drifting upstream', () => {
  it('serves sites with new enum values, missing optional fields and extra fields, and counts the drift', async () => {
    const before = await driftCount('querySites', 'unknown_enum');
    drifting.rewrite = ({ status, body }, endpoint) => {
      if (endpoint !== 'querySites') return { status, body };
      for (const site of (body as Json).sites) {
        site.editorType = 'ODEDITOR';
        site.namespace = 'SOMETHING_NEW';
        site.parentChildRole = 'NONE';
        delete site.updatedDate;
      }
      return { status, body };
    };
    const result = await query(
      '{ sites(first: 2) { nodes { editorType namespace updatedDate createdDate } } }',
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data.sites.nodes as Json[];
    expect(nodes).toHaveLength(2);
    for (const node of nodes) {
      expect(node).toEqual({
        editorType: 'UNKNOWN',
        namespace: 'UNKNOWN_NAMESPACE',
        updatedDate: node.createdDate,
        createdDate: expect.any(String),
      });
    }
    expect(await driftCount('querySites', 'unknown_enum')).toBe(before + 4);
    expect(await driftCount('querySites', 'unknown_field')).toBeGreaterThanOrEqual(2);
  });

  it('leaves out a site without its ID and serves the rest of the list', async () => {
    drifting.rewrite = ({ status, body }, endpoint) => {
      if (endpoint === 'querySites') delete (body as Json).sites[0].id;
      return { status, body };
    };
    const all = await query('{ sites(first: 3) { nodes { id } } }');
    expect(all.errors).toBeUndefined();
    expect(all.data.sites.nodes).toHaveLength(2);
    expect(await driftCount('querySites', 'contract')).toBeGreaterThanOrEqual(1);
  });

  it('serves a product instance whose status Wix added as UNKNOWN', async () => {
    drifting.rewrite = ({ status, body }, endpoint) => {
      if (endpoint === 'queryPackages') {
        for (const pkg of (body as Json).packages) {
          for (const instance of pkg.productInstances) instance.status = 'PAUSED';
        }
      }
      return { status, body };
    };
    const result = await query(
      `{ package(id: "${PACKAGES.resellerPendingBasic}") { id productInstances { status } } }`,
    );
    expect(result).toEqual({
      data: {
        package: { id: PACKAGES.resellerPendingBasic, productInstances: [{ status: 'UNKNOWN' }] },
      },
    });
  });

  it('answers a count Wix sent without its number with UPSTREAM_UNAVAILABLE at that path, the rest served', async () => {
    drifting.rewrite = ({ status, body }, endpoint) =>
      endpoint === 'countSites' ? { status, body: {} } : { status, body };
    const result = await query('{ sites(first: 1) { totalCount nodes { id } } }');
    expect(result).toEqual({
      data: { sites: { totalCount: null, nodes: [{ id: expect.any(String) }] } },
      errors: [
        {
          message: expect.stringMatching(/: Wix's answer lacks count$/),
          path: ['sites', 'totalCount'],
          locations: expect.any(Array),
          extensions: expect.objectContaining({
            code: 'UPSTREAM_UNAVAILABLE',
            reason: 'UPSTREAM_CONTRACT',
          }),
        },
      ],
    });
    expect(JSON.stringify(result)).not.toContain('INTERNAL_SERVER_ERROR');
  });

  it('answers a body that is not a JSON object with UPSTREAM_UNAVAILABLE at that path, never INTERNAL_SERVER_ERROR', async () => {
    drifting.rewrite = ({ status, body }, endpoint) =>
      endpoint === 'querySites' ? { status, body: ['not', 'an', 'object'] } : { status, body };
    // `sites` is non-null, so its error nulls data: the error itself says what broke.
    const result = await query('{ sites(first: 1) { nodes { id } } }');
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({
        path: ['sites'],
        extensions: expect.objectContaining({
          code: 'UPSTREAM_UNAVAILABLE',
          reason: 'UPSTREAM_CONTRACT',
        }),
      }),
    ]);
  });

  it("reads Update External Id's documented updated_package", async () => {
    drifting.rewrite = ({ status, body }, endpoint) => {
      if (endpoint !== 'updateExternalId' || status !== 200) return { status, body };
      return { status, body: { updated_package: (body as Json).updatedPackage } };
    };
    const result = await query(
      `mutation { updatePackageExternalId(id: "${PACKAGES.resellerPendingBasic}", externalId: "sub-42") { package { id externalId } } }`,
    );
    expect(result).toEqual({
      data: {
        updatePackageExternalId: {
          package: { id: PACKAGES.resellerPendingBasic, externalId: 'sub-42' },
        },
      },
    });
  });

  it('translates an error body carrying only applicationError.code', async () => {
    drifting.rewrite = ({ status, body }, endpoint) => {
      if (endpoint !== 'cancelPackage') return { status, body };
      return {
        status: 404,
        body: { details: { applicationError: { code: 'PACKAGE_NOT_FOUND' } } },
      };
    };
    const result = await query(
      `mutation { cancelPackage(id: "${PACKAGES.resellerPendingBasic}") { package { id } } }`,
    );
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({
        path: ['cancelPackage'],
        extensions: expect.objectContaining({
          code: 'NOT_FOUND',
          upstreamCode: 'PACKAGE_NOT_FOUND',
        }),
      }),
    ]);
  });

  it('reads a paid write back when its answer lacks the package ID, and answers with what it read', async () => {
    drifting.rewrite = ({ status, body }, endpoint) => {
      if (endpoint === 'cancelPackage' && status === 200) delete (body as Json).package.id;
      return { status, body };
    };
    const result = await query(
      `mutation { cancelPackage(id: "${PACKAGES.resellerPendingBasic}") { package { id } } }`,
    );
    expect(result).toEqual({
      data: { cancelPackage: { package: { id: PACKAGES.resellerPendingBasic } } },
    });
    expect(await driftCount('cancelPackage', 'contract')).toBe(1);
  });

  it('answers WRITE_OUTCOME_UNKNOWN when neither the write answer nor the read back has the package ID', async () => {
    drifting.rewrite = ({ status, body }, endpoint) => {
      if ((endpoint === 'cancelPackage' || endpoint === 'getPackage') && status === 200) {
        delete (body as Json).package.id;
      }
      return { status, body };
    };
    const result = await query(
      `mutation { cancelPackage(id: "${PACKAGES.resellerPendingBasic}") { package { id } } }`,
    );
    expect(result.errors).toEqual([
      expect.objectContaining({
        path: ['cancelPackage'],
        extensions: { code: 'UPSTREAM_UNAVAILABLE', reason: 'WRITE_OUTCOME_UNKNOWN' },
      }),
    ]);
    expect(await driftCount('getPackage', 'contract')).toBeGreaterThan(0);
  });

  it('logs each kind of drift once per endpoint, however often it recurs, while the metric counts every one', async () => {
    drifting.rewrite = ({ status, body }, endpoint) => {
      if (endpoint === 'querySites') {
        for (const site of (body as Json).sites) site.editorType = 'ODEDITOR';
      }
      return { status, body };
    };
    const before = await driftCount('querySites', 'unknown_enum');
    for (let i = 0; i < 3; i++) {
      expect(
        (await query('{ sites(first: 2) { nodes { id editorType } } }')).errors,
      ).toBeUndefined();
    }
    expect(await driftCount('querySites', 'unknown_enum')).toBe(before + 6);
    const logged = log
      .records()
      .filter((r) => r.msg === 'Wix answer departs from the documented contract')
      .map((r) => r.drift as Json)
      .filter((d) => d.endpoint === 'querySites' && d.kind === 'unknown_enum');
    expect(logged).toEqual([
      {
        endpoint: 'querySites',
        kind: 'unknown_enum',
        path: expect.any(String),
        value: expect.any(String),
      },
    ]);
  });
});
