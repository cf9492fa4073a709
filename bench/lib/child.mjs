/**
 * Parent side of child.mjs: forks a child, waits until it listens, and wraps
 * its IPC protocol in promises.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { GATEWAY_NODE_FLAGS } from '../gateway.mjs';

const CHILD = fileURLToPath(new URL('../child.mjs', import.meta.url));
const START_TIMEOUT_MS = 60_000;

/**
 * @param {string} kind `emulator`, `floor`, `floor-got`, `peer`, `gateway` or `gateway-naive`
 * @param {Record<string, unknown>} options passed to the target's start function
 * @param {{ execArgv?: string[] }} [node] extra Node flags for the child (e.g. `--cpu-prof`),
 *   after the gateway's own (`GATEWAY_NODE_FLAGS`) for the gateway targets
 */
export async function spawnChild(kind, options = {}, node = {}) {
  const child = fork(CHILD, [JSON.stringify({ kind, ...options })], {
    execArgv: [...(kind.startsWith('gateway') ? GATEWAY_NODE_FLAGS : []), ...(node.execArgv ?? [])],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const nextMessage = (type) =>
    new Promise((resolve, reject) => {
      const onMessage = (message) => {
        if (message?.type === type) done(resolve, message);
        else if (message?.type === 'error') done(reject, new Error(`${kind}: ${message.message}`));
      };
      const onExit = (code) => done(reject, new Error(`${kind} exited with ${code}`));
      const done = (settle, value) => {
        child.off('message', onMessage);
        child.off('exit', onExit);
        settle(value);
      };
      child.on('message', onMessage);
      child.on('exit', onExit);
    });
  const timer = setTimeout(() => child.kill(), START_TIMEOUT_MS);
  const ready = await nextMessage('ready').finally(() => clearTimeout(timer));
  return {
    url: /** @type {string} */ (ready.url),
    pid: child.pid,
    mark: async () => {
      const marked = nextMessage('marked');
      child.send('mark');
      await marked;
    },
    /** @returns {Promise<{ cpuMs: number, peakRssBytes: number, rssBytes: number, heapUsedBytes: number }>} */
    report: async () => {
      const report = nextMessage('report');
      child.send('report');
      return report;
    },
    /** @returns {Promise<{ rssBytes: number, heapUsedBytes: number }>} memory now (after a GC if exposed) */
    sample: async () => {
      const sample = nextMessage('sample');
      child.send('sample');
      return sample;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
