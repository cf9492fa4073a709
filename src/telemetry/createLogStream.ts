import { hostname } from 'node:os';
import sonicBoom from 'sonic-boom';

/** Where the gateway's JSON log lines go; pino writes one whole line per call. */
export interface LogStream {
  write(line: string): void;
  /** Lines dropped since start because the sink did not take them in time. */
  readonly droppedLines: number;
  /**
   * Waits until every buffered line is written, `timeoutMs` passes or the
   * sink has taken nothing for a second, then stops retrying it. Resolves to
   * the bytes left unwritten (0 when everything went out).
   */
  close(timeoutMs: number): Promise<number>;
}

export interface LogStreamOptions {
  /** Most bytes of log lines held while the sink is slower than the gateway. */
  bufferBytes: number;
  /** File descriptor of the sink. Default 1 (stdout). */
  fd?: number;
  /**
   * Where the one warning that dropping started goes, as a JSON line (the
   * sink itself is full at that moment). Default: stderr.
   */
  warn?: (line: string) => void;
}

// A CommonJS module: its class is a property of the default export under Node's ESM loader.
const { SonicBoom } = sonicBoom;
const WARN = 40;
/** At exit, a sink that takes nothing for this long is given up on (milliseconds). */
const STALLED_AFTER_MS = 1_000;
const HOSTNAME = hostname();

/**
 * The gateway's log sink: lines are written asynchronously, at most
 * `bufferBytes` wait for a slow or stalled sink, and lines beyond that are
 * dropped and counted instead of growing memory or holding the event loop.
 * One warning (on `warn`) says dropping started; one line in the log says
 * it ended, with the count, once the sink has taken everything buffered.
 *
 * Pino is given this stream instead of building its default destination,
 * whose exit hook flushes synchronously and retries a full pipe forever: a
 * stalled reader would keep the process from ever exiting.
 */
export function createLogStream(options: LogStreamOptions): LogStream {
  const fd = options.fd ?? 1;
  // A write to a full blocking pipe holds a libuv worker thread, and process
  // exit waits for those. Node opens a piped stdout non-blocking (the full
  // pipe then answers EAGAIN, which sonic-boom retries on a timer).
  if (fd === 1) void process.stdout;
  const warn = options.warn ?? ((line: string) => process.stderr.write(line));
  let closing = false;
  let sinkGone = false;
  let droppedLines = 0;
  let droppingSince: number | undefined;
  let droppedAtStart = 0;
  let pendingBytes = 0;
  // Last time the sink took bytes, or lines started waiting for it.
  let lastProgressAt = Date.now();
  const sonic = new SonicBoom({
    fd,
    sync: false,
    maxLength: options.bufferBytes,
    // Once closing, a full pipe is given up on instead of retried.
    retryEAGAIN: () => !closing,
  });

  sonic.on('write', (bytes: number) => {
    pendingBytes -= bytes;
    lastProgressAt = Date.now();
  });
  sonic.on('drop', () => {
    droppedLines++;
    if (droppingSince !== undefined) return;
    droppingSince = Date.now();
    droppedAtStart = droppedLines - 1;
    warn(
      jsonLine(
        'log sink is not keeping up: dropping log lines until it takes the buffered ones (counted in gateway_log_lines_dropped_total)',
        { bufferBytes: options.bufferBytes },
      ),
    );
  });
  sonic.on('drain', () => {
    if (droppingSince === undefined || pendingBytes > 0 || closing) return;
    const dropped = droppedLines - droppedAtStart;
    const since = new Date(droppingSince).toISOString();
    droppingSince = undefined;
    write(
      jsonLine(`log sink is keeping up again after ${dropped} dropped log lines`, {
        droppedLines: dropped,
        droppingSince: since,
      }),
    );
  });
  sonic.on('error', (error: NodeJS.ErrnoException) => {
    if (closing) return;
    if (error.code === 'EAGAIN') return;
    // EPIPE or EBADF: nobody will ever read what is buffered or written next.
    sinkGone = true;
    warn(jsonLine(`log sink failed (${error.code ?? error.message}): log lines are dropped`, {}));
  });

  function write(line: string): void {
    if (sinkGone || closing) {
      droppedLines++;
      return;
    }
    const before = droppedLines;
    if (pendingBytes <= 0) lastProgressAt = Date.now();
    sonic.write(line);
    if (droppedLines === before) pendingBytes += Buffer.byteLength(line);
  }

  return {
    write,
    get droppedLines() {
      return droppedLines;
    },
    async close(timeoutMs) {
      const giveUpAt = Date.now() + timeoutMs;
      await new Promise<void>((resolve) => {
        const check = () => {
          const now = Date.now();
          const stalled = now - lastProgressAt >= STALLED_AFTER_MS;
          if (pendingBytes <= 0 || sinkGone || stalled || now >= giveUpAt) {
            clearInterval(timer);
            resolve();
          }
        };
        const timer = setInterval(check, 50);
        check();
      });
      closing = true;
      return Math.max(pendingBytes, 0);
    },
  };
}

function jsonLine(msg: string, fields: Record<string, unknown>): string {
  return `${JSON.stringify({ level: WARN, time: Date.now(), pid: process.pid, hostname: HOSTNAME, ...fields, msg })}\n`;
}
