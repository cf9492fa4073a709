import { WIX_ENDPOINTS, wixPath, type WixEndpointName } from '../../src/wix-api/endpoints.js';
import { UNKNOWN_ID, useEmulator } from '../emulator/harness.js';

const h = useEmulator();

describe("the emulator's routes", () => {
  it('answer every endpoint of the table under its method, path and name', async () => {
    const names = Object.keys(WIX_ENDPOINTS) as WixEndpointName[];
    for (const name of names) {
      const { method, path } = WIX_ENDPOINTS[name];
      const params = Object.fromEntries(
        [...path.matchAll(/\{(\w+)\}/g)].map(([, key]) => [key, UNKNOWN_ID]),
      );
      await h.call(method, wixPath(name, params as never), {
        ...(method !== 'GET' && { body: {} }),
      });
    }
    const log = await h.admin('GET', '/_emulator/requests');
    expect(log.body.requests.map((r: { route?: string }) => r.route)).toEqual(names);
  });
});
