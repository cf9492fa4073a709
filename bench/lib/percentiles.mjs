/** The latency figures every load run reports, from all its response times (ms). */
export function latencySummary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}
