import { randomUUID } from 'node:crypto';
import type { AccountAccess } from '../access/index.js';
import { GatewayError, placeWireViolations, type ArgumentOf } from '../errors/index.js';
import { runOnce, type IdempotencyStore, type IdempotencyTiming } from '../resilience/index.js';
import { toPackage } from '../schema/mappers/index.js';
import type { PackagePayload } from '../schema/payloads/PackagePayload.js';
import type { ProductInstancePayload } from '../schema/payloads/ProductInstancePayload.js';
import type { Package as WirePackage } from '../wix-api/types.js';
import { instanceOf } from './instanceOf.js';

/** The upstream idempotency keys of one run of a mutation. */
export interface MutationRun {
  /**
   * The key of one upstream write, fixed before its first attempt so that
   * every retry of it carries the same key and Wix replays instead of acting
   * twice. Without `step` (a mutation of one write): the caller's key, so Wix
   * can recognise a repeat too, else one derived for this run. With a step
   * (one write of several): derived for this run even under a caller's key,
   * because a run starts from the state it reads, and replaying an earlier
   * run's step (recorded by Wix under the same key) would silently skip it;
   * repeats of a finished run are answered from the gateway's own record.
   */
  key(step?: string): string;
}

/** What a mutation is, for the runner. */
export interface MutationSpec {
  /** The mutation field, e.g. `assignInstance`. */
  name: string;
  /** The caller's idempotencyKey; without one the mutation simply runs. */
  idempotencyKey: string | null | undefined;
  /** The arguments as sent upstream, without keys: a repeat under the same key must match them. */
  args: unknown;
  /**
   * Which argument each field of its upstream requests came from: a Wix
   * rejection of a field reaches the client on that input
   * (`extensions.fieldViolations`, src/schema/args/wireArguments.ts).
   */
  argumentOf: ArgumentOf;
}

export interface Mutation<T, R> extends MutationSpec {
  /** The accounts it acts on: records never cross mutations or tenants. */
  accounts: readonly string[];
  run(run: MutationRun): Promise<T>;
  /** What the gateway remembers of a result for a repeat (JSON). */
  record(result: T): R;
  /** A repeat's result, rebuilt from what was remembered. */
  replay(recorded: R): Promise<T>;
}

/**
 * Runs every mutation of one request: once per caller key, with upstream
 * idempotency keys per write, and the single-write payloads. The writes
 * themselves go through AccountAccess, which keeps the request's caches true.
 */
export class MutationRunner {
  constructor(
    /** Process-wide results of mutations by the caller's idempotencyKey. */
    private readonly store: IdempotencyStore,
    /** How long those results live, and how long a repeat waits for a run in progress. */
    private readonly timing: IdempotencyTiming,
  ) {}

  /**
   * A repeat with the same key and arguments (on any replica sharing the
   * store) answers the first result without calling Wix; a repeat racing the
   * first waits for it instead of sending the same key upstream concurrently;
   * other arguments under the same key are refused before reaching Wix.
   */
  run<T, R>(mutation: Mutation<T, R>): Promise<T> {
    const callerKey = mutation.idempotencyKey ?? undefined;
    const runKey = `gw-${randomUUID()}`;
    const keys: MutationRun = {
      key: (step) => (step ? `${runKey}:${step}` : (callerKey ?? runKey)),
    };
    return runOnce<T, R>({
      store: this.store,
      timing: this.timing,
      scope: [mutation.name, ...mutation.accounts].join(':'),
      key: callerKey,
      args: mutation.args,
      run: async () => {
        try {
          return await mutation.run(keys);
        } catch (error) {
          throw error instanceof GatewayError
            ? placeWireViolations(error, mutation.argumentOf)
            : error;
        }
      },
      record: mutation.record,
      replay: mutation.replay,
    });
  }

  /**
   * A mutation that is one Resellers write: a repeat answers the package the
   * first write returned, byte for byte.
   */
  async packagePayload(
    wix: AccountAccess,
    mutation: MutationSpec,
    write: (idempotencyKey: string) => Promise<WirePackage>,
  ): Promise<PackagePayload> {
    const pkg = await this.run<WirePackage, WirePackage>({
      ...mutation,
      accounts: [wix.accountId],
      run: (run) => write(run.key()),
      record: (answered) => answered,
      replay: async (answered) => answered,
    });
    return { package: toPackage(pkg, wix.accountId) };
  }

  /** A single Resellers write to one product instance (its `args` name it), answered with that instance. */
  async instancePayload(
    wix: AccountAccess,
    mutation: MutationSpec & { args: { instanceId: string } },
    write: (idempotencyKey: string) => Promise<WirePackage>,
  ): Promise<ProductInstancePayload> {
    const { package: pkg } = await this.packagePayload(wix, mutation, write);
    return { instance: instanceOf(pkg, mutation.args.instanceId) };
  }
}
