import { GatewayErrorCode, isGatewayError, notFound } from '../errors/index.js';
import type { PollCoordinator } from '../scaling/index.js';
import type { Package as WirePackage } from '../wix-api/types.js';
import { packageNotFound } from '../resolvers/PackageResolver.js';
import { Feed } from './Feed.js';

/** Instance statuses that no longer change on their own: a watch ends once every instance has one. */
export const SETTLED_STATUSES: ReadonlySet<string> = new Set([
  'ENABLED',
  'FAILED',
  'CANCELED',
  'AWAITING_ACTION',
]);

export function isSettled(pkg: WirePackage): boolean {
  return (pkg.productInstances ?? []).every((i) => SETTLED_STATUSES.has(i.status));
}

/** What a change is: the set of instances and their statuses (not, say, `updatedDate`). */
function statusFingerprint(pkg: WirePackage): string {
  return (pkg.productInstances ?? [])
    .map((i) => `${i.instanceId}=${i.status}`)
    .sort()
    .join(',');
}

export type PollOutcome = 'changed' | 'unchanged' | 'failed' | 'gone';

export interface PackageWatchHubOptions {
  coordinator: PollCoordinator;
  /**
   * One upstream read of a package by the gateway itself (Get Package in its
   * owning account): a normal read, with its deadline, retries and breaker.
   * NOT_FOUND when the package is gone.
   */
  read(accountId: string, packageId: string): Promise<WirePackage>;
  /** First interval between reads, in ms (`SUBSCRIPTION_POLL_MS`). */
  pollMs: number;
  /** Longest interval, reached by doubling after reads that change nothing or fail, in ms. */
  pollMaxMs: number;
  /** Longest a read may take (its request budget), in ms: the turn is held that long at most. */
  readBudgetMs: number;
  /** How long one subscriber's feed lasts, in ms (`SUBSCRIPTION_MAX_SECONDS`). */
  maxFeedMs: number;
  /** Each read's outcome (metrics). */
  onPoll?(outcome: PollOutcome): void;
  /** A read failed with something other than NOT_FOUND (logged; the watch carries on). */
  onReadError?(error: unknown): void;
}

/** What one watcher sees: the package as read. */
export interface JoinRequest {
  /** The account acted on (already authorized for the caller). */
  accountId: string;
  packageId: string;
  /** The caller's own first read (scope-confined, as the `package` query): NOT_FOUND when not visible. */
  firstRead(): Promise<WirePackage>;
  /** Whether the caller may see a package read earlier for someone else. */
  mayRead(pkg: WirePackage): boolean;
}

/** One message on the fan-out channel of a package. */
interface WatchMessage {
  /** When the read that produced it started (ms since the epoch): older news is dropped. */
  at: number;
  package?: WirePackage;
  /** The package was not found any more. */
  gone?: true;
}

interface Watch {
  readonly key: string;
  readonly accountId: string;
  readonly packageId: string;
  snapshot: WirePackage;
  fingerprint: string;
  at: number;
  readonly feeds: Set<Feed<WirePackage>>;
  timer?: NodeJS.Timeout;
  intervalMs: number;
  stopped: boolean;
  unsubscribe(): void;
}

/**
 * Watches of packages until their instances settle. One watch per package
 * in this process, whatever the number of subscribers; its reads take turns
 * through the PollCoordinator, so with Redis one replica reads each package
 * per interval and the others learn the result from the fan-out channel. A
 * subscriber gets the package at once (the watch's latest read, or its own
 * first read), then each change of an instance status, and its feed ends
 * when every instance has settled, after `maxFeedMs`, or when it leaves.
 */
export class PackageWatchHub {
  private readonly watches = new Map<string, Watch>();
  private closed = false;

  constructor(private readonly options: PackageWatchHubOptions) {}

  /** Active watches (packages being read), for tests and metrics. */
  get size(): number {
    return this.watches.size;
  }

  async join(request: JoinRequest): Promise<AsyncIterableIterator<WirePackage>> {
    const key = `${request.accountId}:${request.packageId}`.toLowerCase();
    let watch = this.watches.get(key);
    let first: WirePackage;
    if (watch) {
      first = watch.snapshot;
      if (!request.mayRead(first)) throw notFoundIn(request);
    } else {
      first = await request.firstRead();
      // Another subscriber may have started the watch while this read ran.
      watch = this.watches.get(key);
    }
    // Set once the feed is in a watch, so ending it earlier leaves nothing.
    const joined: { watch?: Watch } = {};
    const feed = this.newFeed(() => joined.watch && this.leave(joined.watch, feed));
    const current = watch?.snapshot ?? first;
    feed.push(current);
    if (isSettled(current) || this.closed) {
      feed.end();
      return feed;
    }
    joined.watch = watch ?? this.start(key, request, first);
    joined.watch.feeds.add(feed);
    return feed;
  }

  /**
   * Stops every watch's reads (shutdown). Feeds are left open: their sockets
   * are closed with 1001, so clients subscribe again elsewhere instead of
   * taking a completion for the end of provisioning.
   */
  close(): void {
    this.closed = true;
    for (const watch of [...this.watches.values()]) this.stop(watch, false);
  }

  private newFeed(onClose: () => void): Feed<WirePackage> {
    const lifetime: { timer?: NodeJS.Timeout } = {};
    const feed: Feed<WirePackage> = new Feed(() => {
      clearTimeout(lifetime.timer);
      onClose();
    });
    lifetime.timer = setTimeout(() => feed.end(), this.options.maxFeedMs);
    return feed;
  }

  private start(key: string, request: JoinRequest, first: WirePackage): Watch {
    const watch: Watch = {
      key,
      accountId: request.accountId,
      packageId: request.packageId,
      snapshot: first,
      fingerprint: statusFingerprint(first),
      at: 0,
      feeds: new Set(),
      intervalMs: this.options.pollMs,
      stopped: false,
      unsubscribe: () => undefined,
    };
    this.watches.set(key, watch);
    watch.unsubscribe = this.options.coordinator.subscribe(key, (text) =>
      this.receive(watch, text),
    );
    this.schedule(watch, this.options.pollMs);
    return watch;
  }

  private leave(watch: Watch, feed: Feed<WirePackage>): void {
    watch.feeds.delete(feed);
    if (watch.feeds.size === 0) this.stop(watch);
  }

  private stop(watch: Watch, endFeeds = true): void {
    if (watch.stopped) return;
    watch.stopped = true;
    clearTimeout(watch.timer);
    watch.unsubscribe();
    if (this.watches.get(watch.key) === watch) this.watches.delete(watch.key);
    this.options.coordinator.forget(watch.key);
    if (endFeeds) for (const feed of [...watch.feeds]) feed.end();
  }

  private schedule(watch: Watch, delayMs: number): void {
    if (watch.stopped) return;
    watch.timer = setTimeout(() => void this.turn(watch), delayMs);
  }

  /** One turn of the poll loop: read if the turn is ours, else wait for the holder's to end. */
  private async turn(watch: Watch): Promise<void> {
    const { coordinator, pollMs, pollMaxMs } = this.options;
    let previousMs = watch.intervalMs;
    try {
      const turn = await coordinator.claim(watch.key, this.options.readBudgetMs + pollMaxMs);
      if (!turn.mine) {
        // A little past the holder's turn, so its release lands first.
        return this.schedule(watch, turn.retryInMs + 5 + Math.random() * 20);
      }
      previousMs = turn.intervalMs ?? previousMs;
    } catch {
      // Redis unreachable: read from here rather than leave the watchers blind.
    }
    if (watch.stopped) return;
    const at = Date.now();
    let nextMs = Math.min(previousMs * 2, pollMaxMs);
    try {
      const pkg = await this.options.read(watch.snapshot.accountId, watch.packageId);
      const changed = statusFingerprint(pkg) !== watch.fingerprint;
      this.options.onPoll?.(changed ? 'changed' : 'unchanged');
      if (changed) {
        nextMs = pollMs;
        this.broadcast(watch, { at, package: pkg });
      }
    } catch (error) {
      if (isGatewayError(error, GatewayErrorCode.NOT_FOUND)) {
        this.options.onPoll?.('gone');
        this.broadcast(watch, { at, gone: true });
        return;
      }
      this.options.onPoll?.('failed');
      this.options.onReadError?.(error);
    }
    watch.intervalMs = nextMs;
    await coordinator.release(watch.key, nextMs).catch(() => undefined);
    this.schedule(watch, nextMs);
  }

  /** Delivers here at once, and to the other replicas through the coordinator. */
  private broadcast(watch: Watch, message: WatchMessage): void {
    const text = JSON.stringify(message);
    this.receive(watch, text);
    this.options.coordinator.publish(watch.key, text).catch(() => undefined);
  }

  private receive(watch: Watch, text: string): void {
    if (watch.stopped) return;
    let message: WatchMessage;
    try {
      message = JSON.parse(text) as WatchMessage;
    } catch {
      return;
    }
    if (message.at < watch.at) return;
    watch.at = message.at;
    if (message.gone) {
      for (const feed of [...watch.feeds]) {
        feed.fail(notFound(`Package "${watch.packageId}" was not found any more`));
      }
      return this.stop(watch);
    }
    const pkg = message.package;
    if (!pkg) return;
    const fingerprint = statusFingerprint(pkg);
    if (fingerprint === watch.fingerprint) return;
    watch.snapshot = pkg;
    watch.fingerprint = fingerprint;
    for (const feed of watch.feeds) feed.push(pkg);
    if (isSettled(pkg)) this.stop(watch);
  }
}

function notFoundIn(request: JoinRequest) {
  return packageNotFound(request.packageId, request.accountId);
}
