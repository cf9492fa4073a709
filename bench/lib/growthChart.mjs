/**
 * Draws a growth run (results/growth.json) as an SVG: CPU ms per request and
 * upstream calls per request against the page size, one panel per paged
 * scenario and figure, one line per target. Plain SVG, no dependency, so the
 * chart renders on GitHub and in any browser.
 */
import { PAGED_SCENARIOS } from '../scenarios.mjs';

const COLORS = {
  floor: '#1b9e77',
  'floor-got': '#66a61e',
  gateway: '#d95f02',
  'gateway-naive': '#999999',
  peer: '#7570b3',
};
const FIGURES = [
  { key: 'cpuMsPerRequest', title: 'CPU ms per request' },
  { key: 'upstreamCallsPerRequest', title: 'upstream calls per request' },
];
const PANEL = { width: 360, height: 220, left: 48, right: 12, top: 28, bottom: 36 };
const LEGEND_HEIGHT = 28;

/**
 * @param {any[]} rows measured rows (with `first`), as in growth.json's `results`
 * @param {{ cpuModel: string, cores: number, node: string }} machine
 * @returns {string} the SVG document
 */
export function growthChart(rows, machine) {
  const measured = rows.filter((r) => !r.skipped && r.first !== undefined);
  const targets = [...new Set(measured.map((r) => r.target))];
  const width = PANEL.width * PAGED_SCENARIOS.length;
  const height = PANEL.height * FIGURES.length + LEGEND_HEIGHT + 20;
  const parts = [];
  FIGURES.forEach((figure, row) => {
    PAGED_SCENARIOS.forEach((scenario, column) => {
      parts.push(
        panel(
          measured.filter((r) => r.scenario === scenario),
          targets,
          figure,
          `${scenario}(first): ${figure.title}`,
          column * PANEL.width,
          LEGEND_HEIGHT + row * PANEL.height,
        ),
      );
    });
  });
  const legend = targets.map(
    (t, i) =>
      `<rect x="${10 + i * 110}" y="8" width="12" height="12" fill="${color(t)}"/>` +
      `<text x="${26 + i * 110}" y="18">${t}</text>`,
  );
  const note = `${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...legend,
    ...parts,
    `<text x="10" y="${height - 6}" fill="#555">${escape(note)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}

function panel(rows, targets, figure, title, x0, y0) {
  const sizes = [...new Set(rows.map((r) => r.first))].sort((a, b) => a - b);
  const values = rows.map((r) => r[figure.key]).filter((v) => typeof v === 'number');
  const maxX = Math.max(...sizes, 1);
  const maxY = niceCeiling(Math.max(...values, 0));
  const plotW = PANEL.width - PANEL.left - PANEL.right;
  const plotH = PANEL.height - PANEL.top - PANEL.bottom;
  const px = (first) => x0 + PANEL.left + (first / maxX) * plotW;
  const py = (value) => y0 + PANEL.top + plotH - (value / maxY) * plotH;
  const out = [
    `<text x="${x0 + PANEL.left}" y="${y0 + 16}" font-weight="bold">${escape(title)}</text>`,
    `<line x1="${px(0)}" y1="${py(0)}" x2="${px(maxX)}" y2="${py(0)}" stroke="#333"/>`,
    `<line x1="${px(0)}" y1="${py(0)}" x2="${px(0)}" y2="${py(maxY)}" stroke="#333"/>`,
  ];
  for (const tick of [0, maxY / 2, maxY]) {
    out.push(`<text x="${px(0) - 4}" y="${py(tick) + 4}" text-anchor="end">${format(tick)}</text>`);
  }
  for (const first of sizes) {
    out.push(`<text x="${px(first)}" y="${py(0) + 14}" text-anchor="middle">${first}</text>`);
  }
  out.push(
    `<text x="${px(maxX / 2)}" y="${py(0) + 28}" text-anchor="middle" fill="#555">first</text>`,
  );
  for (const target of targets) {
    const points = rows
      .filter((r) => r.target === target && typeof r[figure.key] === 'number')
      .sort((a, b) => a.first - b.first)
      .map((r) => `${px(r.first).toFixed(1)},${py(r[figure.key]).toFixed(1)}`);
    if (points.length === 0) continue;
    out.push(
      `<polyline points="${points.join(' ')}" fill="none" stroke="${color(target)}" stroke-width="2"/>`,
      ...points.map((p) => {
        const [cx, cy] = p.split(',');
        return `<circle cx="${cx}" cy="${cy}" r="3" fill="${color(target)}"/>`;
      }),
    );
  }
  return out.join('\n');
}

/** The smallest 1, 2 or 5 × 10^n at or above `value`, so the axis reads in round figures. */
function niceCeiling(value) {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((v) => v >= value);
}

const color = (target) => COLORS[target] ?? '#000000';
const format = (value) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
