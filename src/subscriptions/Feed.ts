/**
 * A push-based async iterator: the producer pushes values, ends or fails it;
 * the consumer (graphql-js's subscription loop) pulls. Values pushed before an
 * end or a failure are still delivered first. `onClose` runs once, however
 * the feed stops (the producer's end, or the consumer's `return`).
 */
export class Feed<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private waiting: { resolve(r: IteratorResult<T>): void; reject(e: unknown): void } | undefined;
  private closed = false;
  private failure: { error: unknown } | undefined;

  constructor(private readonly onClose: () => void) {}

  push(value: T): void {
    if (this.closed) return;
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = undefined;
      resolve({ value, done: false });
    } else {
      this.queue.push(value);
    }
  }

  end(): void {
    this.close();
  }

  fail(error: unknown): void {
    if (this.closed) return;
    this.failure = { error };
    this.close();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length > 0) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.failure) {
      const { error } = this.failure;
      this.failure = undefined;
      return Promise.reject(error);
    }
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  async return(): Promise<IteratorResult<T>> {
    this.queue.length = 0;
    this.failure = undefined;
    this.close();
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
    if (this.waiting) {
      const waiting = this.waiting;
      this.waiting = undefined;
      if (this.failure) {
        const { error } = this.failure;
        this.failure = undefined;
        waiting.reject(error);
      } else {
        waiting.resolve({ value: undefined, done: true });
      }
    }
  }
}
