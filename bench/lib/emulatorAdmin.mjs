/** The emulator's admin surface (`/_emulator/*`, no API key), as the benchmark uses it. */
import { createRestClient } from './rest.mjs';

/** @param {string} emulatorUrl */
export function emulatorAdmin(emulatorUrl) {
  const call = createRestClient(emulatorUrl);
  return {
    getState: () => call('GET', '/_emulator/state'),
    putState: (state) => call('PUT', '/_emulator/state', state),
    /** Adds `ms` to every API request (0 clears all fault rules). */
    setLatency: (ms) =>
      ms > 0
        ? call('PUT', '/_emulator/faults', {
            rules: [{ id: 'bench-latency', kind: 'latency', latencyMs: ms }],
          })
        : call('DELETE', '/_emulator/faults'),
    clearRequests: () => call('DELETE', '/_emulator/requests'),
    /** @returns {Promise<number>} API requests logged since the last clear */
    countRequests: async () => (await call('GET', '/_emulator/requests')).requests.length,
  };
}
