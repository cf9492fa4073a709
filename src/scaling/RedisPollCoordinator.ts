import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { PollCoordinator, PollTurn } from './PollCoordinator.js';

/**
 * Takes the turn when nobody holds it, answering the interval the last turn
 * ended with; otherwise answers how long the current holder keeps it.
 * KEYS: turn, interval. ARGV: owner, hold in ms.
 */
const CLAIM = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return {1, tonumber(redis.call('GET', KEYS[2]) or '0')}
end
return {0, redis.call('PTTL', KEYS[1])}`;

/**
 * Keeps the turn (if still ours) for the wait before the next read, so no
 * replica reads sooner, and records that wait as the backoff state.
 * KEYS: turn, interval. ARGV: owner, wait in ms, interval lifetime in ms.
 */
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
return 1`;

/** How long a recorded interval outlives its turn: a watch resumed soon after keeps its backoff. */
const INTERVAL_LIFETIME_FACTOR = 4;

/**
 * Poll turns across replicas: one Redis key per watched resource, set with
 * `NX` and an expiry, is the turn (a replica that dies mid-read loses it when
 * it expires); after the read the holder keeps it for the interval, so every
 * replica's next read waits for it. What was read goes out on a pub/sub
 * channel per resource, over a second connection (a subscribed Redis
 * connection takes no other command), opened with the first watch: a
 * replica nobody subscribes on keeps its one connection. Pub/sub channels
 * carry no key prefix in ioredis, so channel names get it here.
 */
export class RedisPollCoordinator implements PollCoordinator {
  private readonly owner = randomUUID();
  private subscriber: Redis | undefined;
  private readonly handlers = new Map<string, Set<(message: string) => void>>();

  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  async claim(key: string, holdMs: number): Promise<PollTurn> {
    const [taken, value] = (await this.redis.eval(
      CLAIM,
      2,
      `poll:turn:${key}`,
      `poll:interval:${key}`,
      this.owner,
      String(Math.ceil(holdMs)),
    )) as [number, number];
    if (taken === 1) return { mine: true, intervalMs: value > 0 ? value : undefined };
    // -2: expired between the two commands; -1 cannot happen (always set with PX).
    return { mine: false, retryInMs: Math.max(0, value) };
  }

  async release(key: string, nextInMs: number): Promise<void> {
    const wait = Math.max(1, Math.ceil(nextInMs));
    await this.redis.eval(
      RELEASE,
      2,
      `poll:turn:${key}`,
      `poll:interval:${key}`,
      this.owner,
      String(wait),
      String(wait * INTERVAL_LIFETIME_FACTOR),
    );
  }

  async publish(key: string, message: string): Promise<void> {
    await this.redis.publish(this.channel(key), message);
  }

  subscribe(key: string, onMessage: (message: string) => void): () => void {
    const channel = this.channel(key);
    let set = this.handlers.get(channel);
    if (!set) {
      this.handlers.set(channel, (set = new Set()));
      this.subscriberConnection()
        .subscribe(channel)
        .catch(() => undefined);
    }
    set.add(onMessage);
    return () => {
      set.delete(onMessage);
      if (set.size === 0 && this.handlers.get(channel) === set) {
        this.handlers.delete(channel);
        this.subscriber?.unsubscribe(channel).catch(() => undefined);
      }
    };
  }

  forget(): void {
    // The interval key expires on its own.
  }

  /** Closes the subscriber connection (the shared one is closed by its owner). */
  close(): void {
    this.subscriber?.disconnect();
  }

  private subscriberConnection(): Redis {
    if (!this.subscriber) {
      const subscriber = this.redis.duplicate({
        connectionName: `${this.redis.options.connectionName ?? 'gateway'}-subscriptions`,
      });
      subscriber.on('error', () => undefined);
      subscriber.on('message', (channel: string, message: string) => {
        for (const onMessage of [...(this.handlers.get(channel) ?? [])]) onMessage(message);
      });
      this.subscriber = subscriber;
    }
    return this.subscriber;
  }

  private channel(key: string): string {
    return `${this.keyPrefix}poll:${key}`;
  }
}
