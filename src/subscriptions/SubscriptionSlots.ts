import type { WebSocket } from 'ws';
import { GatewayError, GatewayErrorCode } from '../errors/index.js';
import type { Caller } from '../security/Caller.js';

/** What the gateway knows of one WebSocket connection. */
export interface Connection {
  readonly address: string;
  caller?: Caller;
  /** graphql-ws operation ids of its active subscriptions. */
  readonly active: Set<string>;
  idleTimer?: NodeJS.Timeout;
}

export interface SlotLimits {
  perConnection: number;
  /** Per caller on this replica (its credential; its address without caller authentication). */
  perCaller: number;
  /** A connection with no subscription is closed after this long. */
  idleSeconds: number;
}

/**
 * The open connections and their subscriptions on this replica: the limits
 * per connection and per caller, and the idle timer of a connection that
 * holds none.
 */
export class SubscriptionSlots {
  private readonly connections = new Map<WebSocket, Connection>();
  private readonly perCaller = new Map<string, number>();
  private activeCount = 0;

  constructor(private readonly limits: SlotLimits) {}

  /** Active subscriptions on this replica. */
  get active(): number {
    return this.activeCount;
  }

  sockets(): WebSocket[] {
    return [...this.connections.keys()];
  }

  connectionOf(socket: WebSocket): Connection | undefined {
    return this.connections.get(socket);
  }

  /** Tracks a new socket until it closes, idle until its first subscription. */
  open(socket: WebSocket, address: string): void {
    const connection: Connection = { address, active: new Set() };
    this.connections.set(socket, connection);
    this.idleFrom(socket, connection);
    socket.once('close', () => {
      clearTimeout(connection.idleTimer);
      for (const id of [...connection.active]) this.free(connection, id);
      this.connections.delete(socket);
    });
  }

  /** The limit one more subscription on `connection` would pass, if any. */
  limitFor(connection: Connection): GatewayError | undefined {
    if (connection.active.size >= this.limits.perConnection) {
      return limitReached(`At most ${this.limits.perConnection} subscriptions per connection`);
    }
    if ((this.perCaller.get(callerKey(connection)) ?? 0) >= this.limits.perCaller) {
      return limitReached(`At most ${this.limits.perCaller} subscriptions per caller`);
    }
    return undefined;
  }

  /** Counts subscription `id` against `connection` and its caller (after `limitFor` let it in). */
  take(connection: Connection, id: string): void {
    const key = callerKey(connection);
    connection.active.add(id);
    this.activeCount += 1;
    this.perCaller.set(key, (this.perCaller.get(key) ?? 0) + 1);
    clearTimeout(connection.idleTimer);
  }

  /** Frees subscription `id`'s slot; a connection left with none starts its idle timer. */
  release(socket: WebSocket, id: string): void {
    const connection = this.connections.get(socket);
    if (!connection) return;
    this.free(connection, id);
    if (connection.active.size === 0) this.idleFrom(socket, connection);
  }

  private free(connection: Connection, id: string): void {
    if (!connection.active.delete(id)) return;
    this.activeCount -= 1;
    const key = callerKey(connection);
    const left = (this.perCaller.get(key) ?? 1) - 1;
    if (left > 0) this.perCaller.set(key, left);
    else this.perCaller.delete(key);
  }

  private idleFrom(socket: WebSocket, connection: Connection): void {
    clearTimeout(connection.idleTimer);
    connection.idleTimer = setTimeout(
      () => socket.close(1000, `Idle: no subscription for ${this.limits.idleSeconds} s`),
      this.limits.idleSeconds * 1000,
    );
  }
}

function callerKey(connection: Connection): string {
  return connection.caller?.credential ?? `address:${connection.address}`;
}

function limitReached(message: string): GatewayError {
  return new GatewayError(GatewayErrorCode.RATE_LIMITED, message, {
    reason: 'SUBSCRIPTION_LIMIT',
  });
}
