/**
 * A bounded log of the API requests the emulator answered
 * (`GET /_emulator/requests`), so tests can assert the exact upstream calls a
 * gateway made. Oldest entries are dropped first.
 */
export interface RequestLogEntry {
  time: string;
  method: string;
  /** Path without the query string. */
  path: string;
  /** Wix operation name, absent for unknown routes. */
  route?: string;
  /** Raw `wix-account-id` header value, if any. */
  accountId?: string;
  /** HTTP status; 0 when the connection was dropped by a fault or the client gave up first. */
  status: number;
  durationMs: number;
  idempotencyKey?: string;
  /** Kind of the fault rule that hit this request, if any. */
  fault?: string;
  /** W3C `traceparent` header the client sent, if any (checks trace propagation). */
  traceparent?: string;
  /**
   * Present (true) when the request's write took effect: not refused, not
   * replayed, whatever answer the client then got (a fault may replace it, or
   * the client may have given up before it ran).
   */
  applied?: true;
}

/** Entries kept by default; older ones are dropped first. */
export const REQUEST_LOG_CAPACITY = 1000;

export class RequestLog {
  private entries: RequestLogEntry[] = [];

  constructor(private readonly capacity = REQUEST_LOG_CAPACITY) {}

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.shift();
  }

  list(): RequestLogEntry[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}
