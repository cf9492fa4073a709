/**
 * Entry point of a benchmark child process: runs the emulator or one target
 * alone, so its CPU time and memory can be measured apart from the load
 * generator. Talks to the parent over IPC:
 *   → { type: 'ready', url } once listening
 *   ← 'mark'   resets the CPU baseline and the peak-memory sample
 *   ← 'report' → { type: 'report', cpuMs, peakRssBytes, rssBytes, heapUsedBytes }
 *   ← 'sample' → { type: 'sample', rssBytes, heapUsedBytes } after a full GC when
 *     the child runs with --expose-gc, so only live memory is counted
 *   ← 'stop'   stops the server and exits
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { kind, ...options } = JSON.parse(process.argv[2] ?? '{}');

async function start() {
  switch (kind) {
    case 'emulator': {
      const entry = new URL('../dist/emulator/index.js', import.meta.url);
      if (!existsSync(fileURLToPath(entry)))
        throw new Error('dist/emulator not built: run npm run build');
      const { startEmulator } = await import(entry.href);
      return startEmulator({ port: 0, quiet: true, activationDelayMs: options.activationDelayMs });
    }
    case 'floor':
    case 'floor-got':
      return (await import('./floor.mjs')).startFloor({
        ...options,
        transport: kind === 'floor-got' ? 'got' : 'node:http',
      });
    case 'peer':
      return (await import('./peer.mjs')).startPeer(options);
    case 'gateway':
    case 'gateway-naive':
      return (await import('./gateway.mjs')).startGatewayTarget({
        ...options,
        naive: kind === 'gateway-naive',
      });
    default:
      throw new Error(`unknown child kind "${kind}"`);
  }
}

// RSS is sampled rather than read from maxRSS, which would include start-up
// (the peer's schema composition) and never go down between scenarios.
const SAMPLE_MS = 50;
let peakRss = process.memoryUsage.rss();
let cpuBase = process.cpuUsage();
setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, SAMPLE_MS).unref();

const server = await start().catch((error) => {
  process.send?.({ type: 'error', message: String(error?.stack ?? error) });
  process.exit(1);
});

process.on('message', async (message) => {
  if (message === 'mark') {
    cpuBase = process.cpuUsage();
    peakRss = process.memoryUsage.rss();
    process.send?.({ type: 'marked' });
  } else if (message === 'report') {
    const cpu = process.cpuUsage(cpuBase);
    const memory = process.memoryUsage();
    process.send?.({
      type: 'report',
      cpuMs: (cpu.user + cpu.system) / 1000,
      peakRssBytes: Math.max(peakRss, memory.rss),
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
    });
  } else if (message === 'sample') {
    globalThis.gc?.();
    const memory = process.memoryUsage();
    process.send?.({ type: 'sample', rssBytes: memory.rss, heapUsedBytes: memory.heapUsed });
  } else if (message === 'stop') {
    await server.stop();
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'ready', url: server.url });
