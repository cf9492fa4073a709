import type { RequestLogEntry } from '../../src/emulator/index.js';

/**
 * The upstream reads of one package (Get Package) in an emulator request
 * log, and the gaps between them in ms. One poller per package waits a full
 * interval after each answer before the next read, so every gap exceeds the
 * interval however slow the machine is; two pollers interleave and leave
 * gaps well under it.
 */
export function pollsOf(calls: RequestLogEntry[], packageId: string) {
  const times = calls
    .filter((c) => c.method === 'GET' && c.path === `/resellers/v1/packages/${packageId}`)
    .map((c) => Date.parse(c.time));
  const gaps = times.slice(1).map((t, i) => t - times[i]);
  return { count: times.length, gaps, shortest: gaps.length ? Math.min(...gaps) : Infinity };
}
