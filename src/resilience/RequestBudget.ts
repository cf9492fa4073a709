/**
 * The time one GraphQL request may spend on upstream calls, retries and
 * waits, from its start. Built per request by the context factory.
 */
export class RequestBudget {
  private readonly deadline: number;

  constructor(
    /** The whole budget, in milliseconds. */
    readonly totalMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.deadline = now() + totalMs;
  }

  /** Milliseconds left; 0 once spent. */
  remainingMs(): number {
    return Math.max(0, this.deadline - this.now());
  }
}
