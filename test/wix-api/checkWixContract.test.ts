import { checkWixContract, formatContractReport } from '../../src/wix-api/checkWixContract.js';
import { ACCOUNTS, DEFAULT_API_KEY, useEmulator } from '../emulator/harness.js';
import { startDriftingWix, type DriftingWix } from './driftingWix.js';

const h = useEmulator();
let drifting: DriftingWix;

beforeAll(async () => {
  drifting = await startDriftingWix(() => h.url);
});
afterAll(() => drifting?.stop());
beforeEach(() => {
  drifting.rewrite = (answer) => answer;
});

const options = (baseUrl: string) => ({
  baseUrl,
  apiKey: DEFAULT_API_KEY,
  accountId: ACCOUNTS.reseller,
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the live contract check', () => {
  it('finds no drift on the emulator and sends only the four reads', async () => {
    const report = await checkWixContract(options(h.url));
    expect(report).toEqual({
      clean: true,
      checks: [
        { endpoint: 'countSites', status: 200, drift: [] },
        { endpoint: 'querySites', status: 200, drift: [] },
        { endpoint: 'queryPackages', status: 200, drift: [] },
        { endpoint: 'getPackage', status: 200, drift: [] },
      ],
    });
    const log = await h.admin('GET', '/_emulator/requests');
    expect(log.body.requests.map((r: { route: string }) => r.route)).toEqual([
      'countSites',
      'querySites',
      'queryPackages',
      'getPackage',
    ]);
    expect(formatContractReport(report)).toContain('No drift');
  });

  it('reports each kind of drift of a drifting stand-in', async () => {
    drifting.rewrite = ({ status, body }, endpoint) => {
      const b = body as Json;
      if (endpoint === 'countSites') b.tooMany = false;
      if (endpoint === 'querySites') {
        b.sites[0].editorType = 'ODEDITOR';
        delete b.sites[0].blocked;
        b.sites[0].parentChildRole = 'NONE';
      }
      if (endpoint === 'getPackage') b.package.productInstances[0].status = 'PAUSED';
      return { status, body: b };
    };
    const report = await checkWixContract(options(drifting.url));
    expect(report).toEqual({
      clean: false,
      checks: [
        {
          endpoint: 'countSites',
          status: 200,
          drift: [{ kind: 'unknown_field', path: 'tooMany', value: 'tooMany' }],
        },
        {
          endpoint: 'querySites',
          status: 200,
          drift: [
            { kind: 'missing_field', path: 'sites[].blocked' },
            { kind: 'unknown_enum', path: 'sites[].editorType', value: 'ODEDITOR' },
            { kind: 'unknown_field', path: 'sites[].parentChildRole', value: 'parentChildRole' },
          ],
        },
        { endpoint: 'queryPackages', status: 200, drift: [] },
        {
          endpoint: 'getPackage',
          status: 200,
          drift: [
            { kind: 'unknown_enum', path: 'package.productInstances[].status', value: 'PAUSED' },
          ],
        },
      ],
    });
    const text = formatContractReport(report);
    expect(text).toContain('unknown_enum at sites[].editorType ("ODEDITOR")');
    expect(text).toContain('Drift found');
  });

  it('is not clean when a call fails', async () => {
    const report = await checkWixContract({ ...options(h.url), apiKey: 'wrong' });
    expect(report.clean).toBe(false);
    expect(report.checks[0]).toEqual({ endpoint: 'countSites', status: 401, drift: [] });
  });
});
