import { setTimeout as sleep } from 'node:timers/promises';
import {
  GatewayError,
  GatewayErrorCode,
  OUTCOME_OPEN,
  type GatewayErrorExtensions,
} from '../errors/index.js';
import type { RequestBudget } from './RequestBudget.js';

/** What reading the upstream state found about one write. */
export type WriteCheck<T> =
  | { found: 'landed'; value: T }
  | { found: 'absent' }
  /** The read cannot tell (e.g. several packages match): `detail` says what is known. */
  | { found: 'ambiguous'; detail: string; extensions?: GatewayErrorExtensions };

/** One paid write, as the datasource describes it. */
export interface PaidWrite<T> {
  /** "create a package in account …": names the write in messages. */
  action: string;
  /** One send through the upstream pipeline, which never repeats it after a lost answer. */
  send(): Promise<T>;
  /**
   * Reads the upstream state: whether this write has landed, counting only
   * changes made at or after `since` (ms since the epoch, the gateway's clock).
   */
  check(since: number): Promise<WriteCheck<T>>;
}

export interface PaidWriteRules {
  /** Sends after the first, each allowed only once a read proved the write absent. */
  resends: number;
  /**
   * How long after a send that got no answer (a timeout) the write may still
   * land upstream, in ms: until then, not finding it proves nothing.
   */
  settleMs: number;
  /** The GraphQL request's time budget: reads and waits never outlive it. */
  budget: RequestBudget;
  /** Asked before each resend: the process-wide retry budget. */
  mayResend(): boolean;
  /**
   * Earlier sends of this same write (same idempotencyKey, e.g. a GraphQL
   * repeat under the caller's key) that ended without a known outcome: a
   * write found there is read back before anything is sent.
   */
  memory?: UnsettledWrite;
  now?: () => number;
}

/** Where a write whose outcome stayed unknown is remembered, by its idempotency key. */
export interface UnsettledWrite {
  /** When the first send that ended without a known outcome started, if one did. */
  recall(): Promise<number | undefined>;
  /** Remembers that a send started at `since` ended without a known outcome. */
  remember(since: number): Promise<void>;
}

/** `extensions.reason` of a write whose outcome the gateway could not establish. */
export const WRITE_OUTCOME_UNKNOWN = 'WRITE_OUTCOME_UNKNOWN';

/** First pause between two reads of a write that may still land, in ms; doubled per read. */
const FIRST_POLL_MS = 100;
const MAX_POLL_MS = 2_000;

/**
 * The one place that decides whether a paid write is sent again. Wix documents
 * no replay of a repeated `idempotencyKey` (docs/wix-api.md "Idempotency"), so
 * a resend is never trusted to be de-duplicated: after an answer is lost, the
 * upstream state is read first. Landed → its state is the answer (adopted);
 * absent → sent again, when the absence is proof; a read that cannot tell →
 * WRITE_OUTCOME_UNKNOWN, and nothing is sent again.
 *
 * Absence is proof only once Wix is done with the request: after an error
 * answer or a reset connection at once; after a timeout (the request may still
 * be running upstream) only `settleMs` after it was sent.
 */
export async function sendPaidWrite<T>(write: PaidWrite<T>, rules: PaidWriteRules): Promise<T> {
  const now = rules.now ?? Date.now;
  const earlier = await rules.memory?.recall();
  const startedAt = now();
  try {
    if (earlier !== undefined) {
      const found = await settle(write, rules, earlier, 'mayStillLand', EARLIER);
      if (found.landed) return found.value;
    }
    return await sendUntilSettled(write, rules);
  } catch (error) {
    if (error instanceof GatewayError && error.extensions.reason === WRITE_OUTCOME_UNKNOWN) {
      // Best effort: the answer is this error either way.
      await rules.memory?.remember(earlier ?? startedAt).catch(() => undefined);
    }
    throw error;
  }
}

async function sendUntilSettled<T>(write: PaidWrite<T>, rules: PaidWriteRules): Promise<T> {
  const now = rules.now ?? Date.now;
  for (let resends = 0; ; resends += 1) {
    const sentAt = now();
    let cause: GatewayError;
    try {
      return await write.send();
    } catch (error) {
      const lost = lostAnswer(error);
      if (lost === undefined) throw error;
      cause = error as GatewayError;
      const outcome = await settle(write, rules, sentAt, lost, 'its answer was lost');
      if (outcome.landed) return outcome.value;
    }
    if (resends >= rules.resends || !rules.mayResend()) throw notApplied(cause);
  }
}

type LostAnswer = 'answered' | 'mayStillLand';

const EARLIER = 'an earlier attempt under this idempotencyKey ended without a known outcome';

/**
 * Whether a failed send may have changed something upstream, and whether Wix
 * may still be working on it. Undefined: an answer that refused the write
 * (4xx, 429), or a send that never left (open circuit, budget spent).
 */
function lostAnswer(error: unknown): LostAnswer | undefined {
  if (!(error instanceof GatewayError)) return undefined;
  const reason = error.extensions.reason;
  if (error.code === GatewayErrorCode.UPSTREAM_TIMEOUT) {
    return reason === 'REQUEST_BUDGET_SPENT' ? undefined : 'mayStillLand';
  }
  if (error.code !== GatewayErrorCode.UPSTREAM_UNAVAILABLE || reason === 'CIRCUIT_OPEN') {
    return undefined;
  }
  // A 2xx the gateway could not read: the write landed, only its answer is unusable.
  return reason === 'UPSTREAM_CONTRACT' ? 'mayStillLand' : 'answered';
}

/** Reads until the write is found, or its absence is proof; throws when that cannot be told. */
async function settle<T>(
  write: PaidWrite<T>,
  rules: PaidWriteRules,
  since: number,
  lost: LostAnswer,
  what: string,
): Promise<{ landed: true; value: T } | { landed: false }> {
  const now = rules.now ?? Date.now;
  const settledAt = lost === 'mayStillLand' ? since + rules.settleMs : since;
  for (let look = 0; ; look += 1) {
    let check: WriteCheck<T>;
    try {
      check = await write.check(since);
    } catch (error) {
      const why = error instanceof GatewayError ? `: ${error.message}` : '';
      throw unknown(write, `${what} and reading it back failed${why}`);
    }
    if (check.found === 'landed') return { landed: true, value: check.value };
    if (check.found === 'ambiguous') {
      throw unknown(write, `${what}, and ${check.detail}`, check.extensions);
    }
    const left = settledAt - now();
    if (left <= 0) return { landed: false };
    const pause = Math.min(left, FIRST_POLL_MS * 2 ** look, MAX_POLL_MS);
    if (pause >= rules.budget.remainingMs()) {
      throw unknown(write, `${what}; it is not visible yet, but Wix may still apply it`, {
        retryAfterSeconds: Math.ceil(left / 1000),
      });
    }
    await sleep(pause);
  }
}

function unknown(
  write: PaidWrite<unknown>,
  detail: string,
  extensions: GatewayErrorExtensions = {},
): GatewayError {
  return new GatewayError(
    GatewayErrorCode.UPSTREAM_UNAVAILABLE,
    `Could not tell whether Wix managed to ${write.action}: ${detail}. Nothing was sent ` +
      'again; read the current state, or repeat the mutation with the same idempotencyKey (it ' +
      'reads before it sends), instead of acting twice',
    { ...extensions, reason: WRITE_OUTCOME_UNKNOWN },
  );
}

/** The last send's failure, now that a read showed nothing was applied. */
function notApplied(cause: GatewayError): GatewayError {
  const extensions: GatewayErrorExtensions = { ...cause.extensions };
  delete extensions.code;
  return new GatewayError(
    cause.code,
    `${cause.message.replace(OUTCOME_OPEN, '')}; reading it back showed the change was not applied`,
    extensions,
  );
}
