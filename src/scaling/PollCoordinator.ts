/**
 * Who reads a watched upstream resource next, and how what was read reaches
 * every watcher: in this process, or across replicas on Redis. Keys are
 * opaque to it (the package watches use `<account>:<package>`).
 */
export interface PollCoordinator {
  /**
   * Claims the next read of `key` for this replica, holding it for at most
   * `holdMs` (the longest a read may take). When the turn is this replica's,
   * `intervalMs` is the interval the last turn ended with (undefined at
   * first), for the backoff; otherwise `retryInMs` is when the current turn
   * (another replica's read, or the wait after it) ends.
   */
  claim(key: string, holdMs: number): Promise<PollTurn>;
  /** Ends this replica's turn: nobody reads `key` again until `nextInMs` from now. */
  release(key: string, nextInMs: number): Promise<void>;
  /** Hands `message` to every subscriber of `key`, this replica's included. */
  publish(key: string, message: string): Promise<void>;
  /** Calls `onMessage` with each message published for `key`; returns the unsubscribe. */
  subscribe(key: string, onMessage: (message: string) => void): () => void;
  /** Forgets this replica's state of `key` once nobody here watches it. */
  forget(key: string): void;
}

export type PollTurn = { mine: true; intervalMs?: number } | { mine: false; retryInMs: number };

/** One replica: every turn is its own, messages go straight to the subscribers. */
export class InMemoryPollCoordinator implements PollCoordinator {
  private readonly intervals = new Map<string, number>();
  private readonly subscribers = new Map<string, Set<(message: string) => void>>();

  async claim(key: string): Promise<PollTurn> {
    return { mine: true, intervalMs: this.intervals.get(key) };
  }

  async release(key: string, nextInMs: number): Promise<void> {
    this.intervals.set(key, nextInMs);
  }

  async publish(key: string, message: string): Promise<void> {
    for (const onMessage of [...(this.subscribers.get(key) ?? [])]) onMessage(message);
  }

  subscribe(key: string, onMessage: (message: string) => void): () => void {
    let set = this.subscribers.get(key);
    if (!set) this.subscribers.set(key, (set = new Set()));
    set.add(onMessage);
    return () => {
      set.delete(onMessage);
      if (set.size === 0 && this.subscribers.get(key) === set) this.subscribers.delete(key);
    };
  }

  forget(key: string): void {
    this.intervals.delete(key);
  }
}
