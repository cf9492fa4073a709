/** Turns measurements into the printed table and the JSON result document. */
import os from 'node:os';

/**
 * Adds ratios to both floors and to the peer of the same scenario, page size and
 * latency: `floor` is the hand-written REST server on `node:http`, `floor-got`
 * the same server on the gateway's own got transport, so the two ratios tell
 * what the transport costs from what the GraphQL layer costs.
 * For req/s a ratio above 1 is better; for latency, calls, CPU and memory, below 1.
 */
export function withRatios(rows) {
  const FIGURES = [
    'rps',
    'p50',
    'p95',
    'p99',
    'upstreamCallsPerRequest',
    'cpuMsPerRequest',
    'peakRssMB',
  ];
  const find = (row, target) =>
    rows.find(
      (r) =>
        r.target === target &&
        r.scenario === row.scenario &&
        r.latencyMs === row.latencyMs &&
        r.first === row.first &&
        !r.skipped,
    );
  return rows.map((row) => {
    if (row.skipped) return row;
    const ratios = {};
    for (const [name, base] of [
      ['floor', find(row, 'floor')],
      ['floor-got', find(row, 'floor-got')],
      ['peer', find(row, 'peer')],
    ]) {
      if (!base) continue;
      ratios[name] = Object.fromEntries(
        FIGURES.map((f) => [f, base[f] ? round(row[f] / base[f], 2) : null]),
      );
    }
    return { ...row, ratios };
  });
}

export function formatTable(rows) {
  const header = [
    'latency',
    'scenario',
    'target',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'calls/req',
    'cpu ms/req',
    'peak MB',
    'req/s ×floor',
    'req/s ×floor-got',
    'req/s ×peer',
    'p99 ×peer',
  ];
  const lines = rows.map((r) =>
    r.skipped
      ? [`${r.latencyMs}ms`, scenarioLabel(r), r.target, `skipped: ${r.skipped.slice(0, 100)}`]
      : [
          `${r.latencyMs}ms`,
          scenarioLabel(r),
          r.target,
          fmt(r.rps, 0),
          fmt(r.p50, 1),
          fmt(r.p95, 1),
          fmt(r.p99, 1),
          fmt(r.upstreamCallsPerRequest, 1),
          fmt(r.cpuMsPerRequest, 2),
          fmt(r.peakRssMB, 0),
          fmt(r.ratios?.floor?.rps, 2),
          fmt(r.ratios?.['floor-got']?.rps, 2),
          fmt(r.ratios?.peer?.rps, 2),
          fmt(r.ratios?.peer?.p99, 2),
        ],
  );
  const widths = header.map((h, i) =>
    Math.max(h.length, ...lines.filter((l) => l.length > 4).map((l) => String(l[i] ?? '').length)),
  );
  const row = (cells) =>
    cells
      .map((c, i) => String(c).padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [row(header), row(widths.map((w) => '-'.repeat(w))), ...lines.map(row)].join('\n');
}

/** `sites(50)` for a paged scenario at page size 50, the bare name for the others. */
export const scenarioLabel = (r) =>
  r.first === undefined ? r.scenario : `${r.scenario}(${r.first})`;

export function describeMachine() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}

const fmt = (value, digits) =>
  value === undefined || value === null || Number.isNaN(value) ? '-' : value.toFixed(digits);
export const round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;
