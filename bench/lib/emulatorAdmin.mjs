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
    /**
     * Waits until no API request arrives for `quietMs`. autocannon stops at its
     * deadline with requests still in flight, and the target keeps calling the
     * upstream for them: those calls must not be counted for the next scenario.
     */
    waitIdle: async (quietMs = 300, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await call('DELETE', '/_emulator/requests');
        await new Promise((resolve) => setTimeout(resolve, quietMs));
        const { requests } = await call('GET', '/_emulator/requests');
        if (requests.length === 0) return;
        if (Date.now() > deadline) throw new Error(`upstream still busy after ${timeoutMs} ms`);
      }
    },
  };
}
