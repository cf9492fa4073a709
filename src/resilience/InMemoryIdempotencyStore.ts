import type { IdempotencyRecord, IdempotencyStore } from './IdempotencyStore.js';

/**
 * Per-process IdempotencyStore: correct for one gateway instance; behind a
 * load balancer, repeats must reach the same instance (or use a shared store).
 * Bounded: past `maxEntries` the oldest records are dropped first.
 */
export class InMemoryIdempotencyStore implements IdempotencyStore {
  private readonly records = new Map<string, IdempotencyRecord & { expiresAt: number }>();

  constructor(
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  async claim(key: string, fingerprint: string, ttlMs: number) {
    const existing = this.records.get(key);
    if (existing && existing.expiresAt > this.now()) {
      return { fingerprint: existing.fingerprint, state: existing.state, result: existing.result };
    }
    this.set(key, { fingerprint, state: 'pending', expiresAt: this.now() + ttlMs });
    return undefined;
  }

  async complete(key: string, result: unknown, ttlMs: number) {
    const existing = this.records.get(key);
    if (!existing) return;
    this.set(key, { ...existing, state: 'done', result, expiresAt: this.now() + ttlMs });
  }

  async release(key: string) {
    this.records.delete(key);
  }

  async remember(key: string, value: unknown, ttlMs: number) {
    if ((await this.recall(key)) !== undefined) return;
    this.set(key, { fingerprint: '', state: 'done', result: value, expiresAt: this.now() + ttlMs });
  }

  async recall(key: string) {
    const existing = this.records.get(key);
    return existing && existing.expiresAt > this.now() ? existing.result : undefined;
  }

  private set(key: string, record: IdempotencyRecord & { expiresAt: number }) {
    this.records.delete(key);
    this.records.set(key, record);
    while (this.records.size > this.maxEntries) {
      const oldest = this.records.keys().next().value as string;
      this.records.delete(oldest);
    }
  }
}
