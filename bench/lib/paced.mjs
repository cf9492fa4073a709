/**
 * Open-loop load at a steady rate: requests arrive as a Poisson process of
 * `rate` per second over `connections` keep-alive connections opened before
 * the clock starts. autocannon's rate mode sends each second's quota in one
 * burst, which on this box measures the queue of that burst rather than the
 * latency a target adds; here arrivals are spread out, and each latency runs
 * from the scheduled arrival (so a slow target cannot hide its queue by
 * delaying the next send).
 */
import http from 'node:http';
import { latencySummary } from './percentiles.mjs';

/**
 * @param {{ url: string, headers: Record<string, string>, next: () => { method: string, path: string, body?: string },
 *   connections: number, durationSec: number, rate: number }} options
 */
export async function runPaced({ url, headers, next, connections, durationSec, rate }) {
  const origin = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const send = () =>
    new Promise((resolve) => {
      const { method, path, body } = next();
      const request = http.request(
        {
          agent,
          host: origin.hostname,
          port: origin.port,
          method,
          path,
          headers: { 'content-type': 'application/json', ...headers },
        },
        (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
          response.on('error', () => resolve(-1));
        },
      );
      request.on('error', () => resolve(-1));
      request.end(body);
    });

  // Open every connection first; their answers are connection set-up, kept apart.
  const openedAt = performance.now();
  await Promise.all(Array.from({ length: connections }, send));
  const firstAnswerMaxMs = performance.now() - openedAt;

  const times = [];
  let non2xx = 0;
  let errors = 0;
  const pending = [];
  const start = performance.now();
  const end = start + durationSec * 1000;
  let due = start;
  while (due < end) {
    const now = performance.now();
    if (due > now) await new Promise((resolve) => setTimeout(resolve, due - now));
    const scheduled = due;
    pending.push(
      send().then((status) => {
        times.push(performance.now() - scheduled);
        if (status === -1) errors += 1;
        else if (status < 200 || status >= 300) non2xx += 1;
      }),
    );
    due += (-Math.log(1 - Math.random()) * 1000) / rate;
  }
  await Promise.all(pending);
  agent.destroy();
  return {
    requests: times.length,
    rps: times.length / durationSec,
    ...latencySummary(times),
    non2xx,
    errors,
    firstAnswerMaxMs,
  };
}
