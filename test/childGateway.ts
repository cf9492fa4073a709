/**
 * The gateway as an operator runs it: the compiled JavaScript (`npm run
 * build`, here into test-artifacts/ so it never races a developer's dist/)
 * started as a child process, with its own environment and stdio.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

export interface ChildGateway {
  readonly child: ChildProcess;
  /** GraphQL endpoint the child printed, e.g. `http://127.0.0.1:41234/graphql`. */
  readonly url: string;
  /** Everything read from the child's stdout and stderr so far. */
  output(): string;
  /** The child's exit code (null when a signal ended it). */
  readonly exited: Promise<number | null>;
}

/** Where the child-process suites' shared build goes (never a developer's dist/). */
const BUILD_DIR = path.resolve('test-artifacts/gateway-build');
const BUILD_LOCK = `${BUILD_DIR}.lock`;

/**
 * Compiles the gateway once per run for every suite that starts it as a
 * child: the build is incremental, so after the first suite it costs a
 * check, not a compile. A lock directory serialises suites that jest runs
 * in parallel workers, so none starts a child from half-written files.
 */
export async function buildGateway(): Promise<string> {
  await acquireBuildLock();
  try {
    await promisify(execFile)('node_modules/.bin/tsc', [
      ...['-p', 'tsconfig.build.json', '--outDir', BUILD_DIR],
      ...['--incremental', '--tsBuildInfoFile', path.join(BUILD_DIR, '.tsbuildinfo')],
    ]);
  } finally {
    await rm(BUILD_LOCK, { recursive: true, force: true });
  }
  return path.join(BUILD_DIR, 'index.js');
}

async function acquireBuildLock(): Promise<void> {
  await mkdir(path.dirname(BUILD_LOCK), { recursive: true });
  for (;;) {
    try {
      await mkdir(BUILD_LOCK);
      return;
    } catch {
      // A lock older than any build is left by a run that was killed.
      const age = Date.now() - ((await stat(BUILD_LOCK).catch(() => undefined))?.mtimeMs ?? 0);
      if (age > 300_000) await rm(BUILD_LOCK, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/**
 * Starts `entry` with exactly `env` (plus PATH) and resolves once it prints
 * its GraphQL URL. With `stopReadingStdout`, nothing reads the child's stdout
 * from then on, so its pipe fills up like a stalled log shipper's.
 */
export async function spawnGateway(
  entry: string,
  env: Record<string, string>,
  options: { stopReadingStdout?: boolean; startTimeoutMs?: number } = {},
): Promise<ChildGateway> {
  const child = spawn(process.execPath, [entry], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const onStdout = (chunk: Buffer) => (output += chunk.toString());
  child.stdout!.on('data', onStdout);
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    // A child that never printed its URL is killed: left running, its open
    // pipes would keep jest from ever exiting.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`gateway did not start:\n${output}`));
    }, options.startTimeoutMs ?? 30_000);
    const check = () => {
      const match = /GraphQL gateway on (http:\/\/\S+\/graphql)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off('data', check);
      resolve(match[1]);
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited (${code}):\n${output}`));
    });
  });
  if (options.stopReadingStdout) {
    child.stdout!.off('data', onStdout);
    child.stdout!.pause();
  }
  return { child, url, output: () => output, exited };
}

/** Runs `entry` with exactly `env` (plus PATH) until it exits by itself, e.g. on a start-up error. */
export async function runGatewayToExit(
  entry: string,
  env: Record<string, string>,
  timeoutMs = 15_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [entry], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  return { code, stdout, stderr };
}
