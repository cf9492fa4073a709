const WINDOW_MS = 10_000;
const BUCKETS = 10;

/**
 * Process-wide cap on retries: over the last 10 s, retries may add at most
 * `percent` % of the first attempts, plus `floor` retries so a quiet gateway
 * can still retry. Without it, every request retrying during an outage
 * multiplies the load on an upstream that is already failing.
 */
export class RetryBudget {
  private readonly calls = new Array<number>(BUCKETS).fill(0);
  private readonly retries = new Array<number>(BUCKETS).fill(0);
  private bucketStart = 0;
  private bucket = 0;

  constructor(
    private readonly percent: number,
    private readonly floor = 10,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a first attempt. */
  recordCall(): void {
    this.advance();
    this.calls[this.bucket] += 1;
  }

  /** Takes one retry from the budget; false when it is spent. */
  tryRetry(): boolean {
    this.advance();
    const calls = this.calls.reduce((a, b) => a + b, 0);
    const retries = this.retries.reduce((a, b) => a + b, 0);
    if (retries >= this.floor + (calls * this.percent) / 100) return false;
    this.retries[this.bucket] += 1;
    return true;
  }

  private advance(): void {
    const width = WINDOW_MS / BUCKETS;
    const now = this.now();
    let steps = Math.floor((now - this.bucketStart) / width);
    if (steps <= 0) return;
    this.bucketStart += steps * width;
    if (steps > BUCKETS) steps = BUCKETS;
    for (let i = 0; i < steps; i++) {
      this.bucket = (this.bucket + 1) % BUCKETS;
      this.calls[this.bucket] = 0;
      this.retries[this.bucket] = 0;
    }
  }
}
