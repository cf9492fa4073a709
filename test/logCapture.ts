/**
 * Log capture for redaction tests: a fastify (pino) logger configured like the
 * gateway's would be, writing JSON lines to memory. Reuse it wherever logging
 * is turned on: log what the code logs, then `expectRedacted(lines, secrets)`.
 */
import { Writable } from 'node:stream';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { LOG_REDACT_PATHS } from '../src/security/logRedaction.js';

export interface CapturedLog {
  logger: FastifyBaseLogger;
  /** Every line written so far. */
  lines(): string[];
}

export function captureLog(redact: readonly string[] = LOG_REDACT_PATHS): CapturedLog {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const app = Fastify({ logger: { level: 'trace', redact: [...redact], stream } });
  return { logger: app.log, lines: () => [...lines] };
}

/** Fails when any line contains any of `secrets`. */
export function expectRedacted(lines: readonly string[], secrets: readonly string[]): void {
  for (const line of lines) {
    for (const secret of secrets) expect(line).not.toContain(secret);
  }
}

export interface CapturedStream {
  /** Pass as `GatewayOptions.logStream`: the gateway's own logger then writes here. */
  stream: { write(line: string): void };
  /** Every line written so far. */
  lines(): string[];
  /** The lines parsed as JSON objects. */
  records(): Array<Record<string, unknown>>;
}

/** Captures the JSON lines of a real gateway (see `GatewayOptions.logStream`). */
export function captureStream(): CapturedStream {
  const lines: string[] = [];
  return {
    stream: { write: (chunk) => void lines.push(...chunk.split('\n').filter(Boolean)) },
    lines: () => [...lines],
    records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
