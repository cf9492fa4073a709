import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogStream } from '../../src/telemetry/createLogStream.js';

/**
 * The log sink over a named pipe this test reads, or stops reading: the same
 * kernel pipe a log shipper reading the gateway's stdout has.
 */
const LINE = `${JSON.stringify({ level: 30, msg: 'graphql request', pad: 'x'.repeat(200) })}\n`;
const BUFFER_BYTES = 8 * 1024;

let dir: string;
let writeFd: number;
let readFd: number;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'log-stream-'));
  const fifo = path.join(dir, 'sink');
  execFileSync('mkfifo', [fifo]);
  // Opened read-write, the pipe never sees its reader leave; non-blocking as Node opens stdout.
  writeFd = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK);
  readFd = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
});

afterEach(() => {
  closeSync(readFd);
  closeSync(writeFd);
  rmSync(dir, { recursive: true });
});

/** Reads everything the pipe holds now. */
function readAll(): string {
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(65_536);
  for (;;) {
    try {
      const n = readSync(readFd, buffer);
      if (n === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, n)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') break;
      throw error;
    }
  }
  return Buffer.concat(chunks).toString();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const FILLER = `${'f'.repeat(1023)}\n`;

/** Fills the kernel pipe (64 KiB) behind the stream's back, as a reader that stopped reading leaves it. */
function fillPipe(): void {
  for (;;) {
    try {
      writeSync(writeFd, FILLER);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') return;
      throw error;
    }
  }
}

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const giveUpAt = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > giveUpAt) throw new Error('condition not met in time');
    await sleep(20);
  }
}

describe('the log sink', () => {
  it('passes lines through unchanged while the reader keeps up', async () => {
    const warnings: string[] = [];
    const stream = createLogStream({
      fd: writeFd,
      bufferBytes: BUFFER_BYTES,
      warn: (l) => warnings.push(l),
    });
    stream.write(LINE);
    stream.write(LINE);

    expect(await stream.close(1_000)).toBe(0);
    expect(readAll()).toBe(LINE + LINE);
    expect(stream.droppedLines).toBe(0);
    expect(warnings).toEqual([]);
  });

  it('drops and counts lines past its buffer while the reader is stalled, warning once when dropping starts and once when it ends', async () => {
    const warnings: string[] = [];
    const stream = createLogStream({
      fd: writeFd,
      bufferBytes: BUFFER_BYTES,
      warn: (l) => warnings.push(l),
    });
    fillPipe();
    for (let i = 0; i < 100; i++) stream.write(LINE);
    await sleep(300);
    for (let i = 0; i < 100; i++) stream.write(LINE);
    const sent = 200;

    expect(stream.droppedLines).toBeGreaterThan(0);
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0])).toEqual({
      level: 40,
      time: expect.any(Number),
      pid: process.pid,
      hostname: expect.any(String),
      bufferBytes: BUFFER_BYTES,
      msg: expect.stringContaining('log sink is not keeping up'),
    });

    // The reader resumes: everything buffered comes out, then the line saying dropping ended.
    let received = '';
    await until(() => {
      received += readAll();
      return received.includes('keeping up again');
    });
    const lines = received
      .trimEnd()
      .split('\n')
      .filter((line) => line !== FILLER.trimEnd());
    const last = JSON.parse(lines.at(-1)!) as Record<string, unknown>;
    expect(last).toEqual({
      level: 40,
      time: expect.any(Number),
      pid: process.pid,
      hostname: expect.any(String),
      droppedLines: stream.droppedLines,
      droppingSince: expect.any(String),
      msg: `log sink is keeping up again after ${stream.droppedLines} dropped log lines`,
    });
    expect(lines.length - 1).toBe(sent - stream.droppedLines);
    expect(lines.slice(0, -1).every((line) => line === LINE.trimEnd())).toBe(true);
    expect(warnings).toHaveLength(1);
  });

  it('gives up on a stalled reader at close within a second, reporting what stayed unwritten', async () => {
    const stream = createLogStream({ fd: writeFd, bufferBytes: BUFFER_BYTES, warn: () => {} });
    fillPipe();
    for (let i = 0; i < 100; i++) stream.write(LINE);

    const started = Date.now();
    const unwritten = await stream.close(10_000);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(unwritten).toBeGreaterThan(0);
    expect(unwritten).toBeLessThanOrEqual(BUFFER_BYTES);
  });
});
