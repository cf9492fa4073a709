/**
 * One measurement: a fixed-length autocannon run on loopback, with every
 * response time kept so p95 can be read (autocannon's summary has no p95).
 *
 * Percentiles are over requests on established keep-alive connections: each
 * connection's first answer is kept apart (`firstAnswerMaxMs`). Since libuv
 * 1.45 (Node 20) a server accepts one connection per event-loop turn, so on a
 * saturated target the 100 connections autocannon opens at the start of every
 * run are accepted one turn apart and their first requests wait up to seconds:
 * that is connection set-up under overload, the same for every Node target,
 * and it would otherwise be most of p99 in a 5 s run.
 */
import autocannon from 'autocannon';
import { runPaced } from './paced.mjs';
import { latencySummary } from './percentiles.mjs';

/**
 * @param {{ url: string, headers: Record<string, string>, next: () => { method: string, path: string, body?: string },
 *   connections: number, durationSec: number, rate?: number }} options `rate`: requests/s over
 *   all connections, spread out (open loop, `paced.mjs`); 0 or absent: autocannon, as fast as
 *   the target answers
 */
export function runLoad({ url, headers, next, connections, durationSec, rate = 0 }) {
  const target = new URL(url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) {
    // This workplace allows load only on loopback; refuse anything else outright.
    throw new Error(`refusing to load ${target.hostname}: loopback only`);
  }
  if (rate > 0) return runPaced({ url, headers, next, connections, durationSec, rate });
  const times = [];
  const firstAnswers = [];
  const answered = new WeakSet();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.origin,
        connections,
        duration: durationSec,
        headers: { 'content-type': 'application/json', ...headers },
        requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          requests: result.requests.total,
          rps: result.requests.total / durationSec,
          ...latencySummary(times),
          non2xx: result.non2xx,
          errors: result.errors + result.timeouts,
          firstAnswerMaxMs: firstAnswers.length ? Math.max(...firstAnswers) : NaN,
        });
      },
    );
    instance.on('response', (client, _status, _bytes, responseTime) => {
      if (answered.has(client)) return void times.push(responseTime);
      answered.add(client);
      firstAnswers.push(responseTime);
    });
  });
}

/**
 * Sends `count` requests one after another and checks every answer.
 * @returns {Promise<string | undefined>} the first problem found, if any
 */
export async function sendSequential({ url, headers, next, check, count }) {
  const origin = new URL(url).origin;
  for (let i = 0; i < count; i++) {
    const request = next();
    const response = await fetch(origin + request.path, {
      method: request.method,
      headers: { 'content-type': 'application/json', ...headers },
      body: request.body,
    });
    const text = await response.text();
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      return `HTTP ${response.status}: ${text.slice(0, 300)}`;
    }
    const problem = check(body);
    if (problem) return `HTTP ${response.status}: ${problem}`;
  }
  return undefined;
}
