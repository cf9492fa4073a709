import { execFile } from 'node:child_process';
import { copyFile, mkdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { buildGateway } from '../childGateway.js';
import { ACCOUNTS, DEFAULT_API_KEY, useEmulator } from '../emulator/harness.js';
import { startDriftingWix, type DriftingWix } from './driftingWix.js';

/**
 * `npm run check:wix` as a user runs it: scripts/check-wix.mjs over the
 * compiled gateway, configured from the environment only, its exit status
 * the verdict. The script reads `../dist/`, so it runs from a copy whose
 * `dist` is the test build (never a developer's dist/).
 */
const RUN_DIR = path.resolve('test-artifacts/check-wix');
const SCRIPT = path.join(RUN_DIR, 'scripts/check-wix.mjs');

const h = useEmulator();
let drifting: DriftingWix;

beforeAll(async () => {
  const entry = await buildGateway();
  await rm(RUN_DIR, { recursive: true, force: true });
  await mkdir(path.dirname(SCRIPT), { recursive: true });
  await copyFile('scripts/check-wix.mjs', SCRIPT);
  await symlink(path.dirname(entry), path.join(RUN_DIR, 'dist'), 'dir');
  drifting = await startDriftingWix(() => h.url);
}, 120_000);
afterAll(() => drifting?.stop());

function checkWix(env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      [SCRIPT],
      { env: { PATH: process.env.PATH ?? '', ...env } },
      (_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

const credentials = (baseUrl: string) => ({
  WIX_API_BASE_URL: baseUrl,
  WIX_API_KEY: DEFAULT_API_KEY,
  WIX_ACCOUNT_ID: ACCOUNTS.reseller,
});

describe('npm run check:wix', () => {
  it('exits 0 with "No drift" on the emulator, after the four reads alone', async () => {
    await h.admin('DELETE', '/_emulator/requests');
    const run = await checkWix(credentials(h.url));
    expect(run.stdout).toContain(`Contract check against ${h.url}`);
    expect(run.stdout).toContain('No drift');
    expect(run.code).toBe(0);
    const log = await h.admin('GET', '/_emulator/requests');
    expect(log.body.requests.map((r: { method: string; route: string }) => r.route)).toEqual([
      'countSites',
      'querySites',
      'queryPackages',
      'getPackage',
    ]);
  });

  it('exits 1 and prints each departure against a drifting stand-in', async () => {
    drifting.rewrite = ({ status, body }, endpoint) => {
      const b = body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      if (endpoint === 'querySites') {
        b.sites[0].editorType = 'ODEDITOR';
        delete b.sites[0].blocked;
        b.sites[0].parentChildRole = 'NONE';
      }
      return { status, body: b };
    };
    const run = await checkWix(credentials(drifting.url));
    expect(run.stdout).toContain('Drift found');
    expect(run.stdout).toContain('unknown_enum at sites[].editorType ("ODEDITOR")');
    expect(run.stdout).toContain('missing_field at sites[].blocked');
    expect(run.stdout).toContain('unknown_field at sites[].parentChildRole');
    expect(run.code).toBe(1);
  });

  it('exits 2, naming what is missing, without credentials', async () => {
    const run = await checkWix({ WIX_API_BASE_URL: h.url });
    expect(run.stderr).toContain('check:wix needs WIX_API_KEY and WIX_ACCOUNT_ID');
    expect(run.code).toBe(2);
  });
});
