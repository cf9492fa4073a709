/**
 * The one decision whether a paid write is sent again after a lost answer,
 * with a scripted upstream: what each send answers and what each read finds.
 */
import { GatewayError, GatewayErrorCode, upstreamUnavailable } from '../../src/errors/index.js';
import {
  isDerivedKey,
  RequestBudget,
  sendPaidWrite,
  type PaidWriteRules,
  type WriteCheck,
} from '../../src/resilience/index.js';

const lost500 = () => upstreamUnavailable('Could not write: Wix failed with HTTP 500');
const timeout = () => new GatewayError(GatewayErrorCode.UPSTREAM_TIMEOUT, 'Could not write: slow');
const refused = () =>
  new GatewayError(GatewayErrorCode.FAILED_PRECONDITION, 'Could not write: 409');
const circuitOpen = () => upstreamUnavailable('open', { reason: 'CIRCUIT_OPEN' });

type Send = 'ok' | (() => GatewayError);
type Read = WriteCheck<string>['found'] | 'fails';

/** Runs sendPaidWrite over scripted sends and reads; returns what happened. */
async function run(sends: Send[], reads: Read[], rules: Partial<PaidWriteRules> = {}) {
  const events: string[] = [];
  let clock = 1_000_000;
  const write = {
    action: 'write the thing',
    async send() {
      const next = sends.shift();
      events.push('send');
      if (next === undefined) throw new Error('unexpected send');
      if (next === 'ok') return 'sent';
      throw next();
    },
    async check(since: number): Promise<WriteCheck<string>> {
      const next = reads.shift();
      events.push(`read since ${since - 1_000_000}`);
      if (next === undefined) throw new Error('unexpected read');
      if (next === 'fails') throw upstreamUnavailable('Could not query packages: HTTP 503');
      if (next === 'landed') return { found: 'landed', value: 'adopted' };
      if (next === 'ambiguous') return { found: 'ambiguous', detail: 'two match' };
      return { found: 'absent' };
    },
  };
  const outcome = await sendPaidWrite(write, {
    resends: 2,
    settleMs: 0,
    budget: new RequestBudget(10_000),
    mayResend: () => true,
    now: () => (clock += 10),
    ...rules,
  }).then(
    (value) => ({ value }),
    (error: GatewayError) => ({ code: error.code, extensions: error.extensions }),
  );
  return { outcome, events };
}

describe('sendPaidWrite', () => {
  it('sends once when the answer arrives', async () => {
    expect(await run(['ok'], [])).toEqual({ outcome: { value: 'sent' }, events: ['send'] });
  });

  it('adopts what a read finds after a lost answer, without sending again', async () => {
    expect(await run([lost500], ['landed'])).toEqual({
      outcome: { value: 'adopted' },
      events: ['send', 'read since 20'],
    });
  });

  it('sends again only after a read proves the write absent', async () => {
    expect(await run([lost500, 'ok'], ['absent'])).toEqual({
      outcome: { value: 'sent' },
      events: ['send', 'read since 20', 'send'],
    });
  });

  it('reports WRITE_OUTCOME_UNKNOWN, without sending again, when the read fails', async () => {
    expect(await run([lost500], ['fails'])).toEqual({
      outcome: {
        code: 'UPSTREAM_UNAVAILABLE',
        extensions: { code: 'UPSTREAM_UNAVAILABLE', reason: 'WRITE_OUTCOME_UNKNOWN' },
      },
      events: ['send', 'read since 20'],
    });
  });

  it('reports WRITE_OUTCOME_UNKNOWN when the read cannot tell', async () => {
    const { outcome, events } = await run([lost500], ['ambiguous']);
    expect(outcome).toMatchObject({ extensions: { reason: 'WRITE_OUTCOME_UNKNOWN' } });
    expect(events).toEqual(['send', 'read since 20']);
  });

  it('never reads or resends after a refusal or a send that never left', async () => {
    for (const failure of [refused, circuitOpen]) {
      const { outcome, events } = await run([failure], []);
      expect(outcome).toMatchObject({ code: failure().code });
      expect(events).toEqual(['send']);
    }
  });

  it('stops after the allowed resends, saying the change was not applied', async () => {
    const { outcome, events } = await run(
      [lost500, lost500, lost500],
      ['absent', 'absent', 'absent'],
    );
    expect(outcome).toEqual({
      code: 'UPSTREAM_UNAVAILABLE',
      extensions: { code: 'UPSTREAM_UNAVAILABLE' },
    });
    expect(events.filter((e) => e === 'send')).toHaveLength(3);
  });

  it('does not resend when the process-wide retry budget is spent', async () => {
    const { events } = await run([lost500], ['absent'], { mayResend: () => false });
    expect(events).toEqual(['send', 'read since 20']);
  });

  it('after a timeout, keeps reading until the write shows up instead of sending again', async () => {
    expect(await run([timeout], ['absent', 'absent', 'landed'], { settleMs: 60_000 })).toEqual({
      outcome: { value: 'adopted' },
      events: ['send', 'read since 20', 'read since 20', 'read since 20'],
    });
  });

  it('after a timeout, sends again once the write can no longer land and is absent', async () => {
    // The scripted clock moves 10 ms per reading: the second read comes after the write could land.
    const { outcome, events } = await run([timeout, 'ok'], ['absent', 'absent'], {
      settleMs: 15,
    });
    expect(outcome).toEqual({ value: 'sent' });
    expect(events).toEqual(['send', 'read since 20', 'read since 20', 'send']);
  });

  it('after a timeout, answers WRITE_OUTCOME_UNKNOWN when the budget ends before the write could land', async () => {
    const { outcome, events } = await run([timeout], ['absent'], {
      settleMs: 60_000,
      budget: new RequestBudget(50),
    });
    expect(outcome).toEqual({
      code: 'UPSTREAM_UNAVAILABLE',
      extensions: {
        code: 'UPSTREAM_UNAVAILABLE',
        reason: 'WRITE_OUTCOME_UNKNOWN',
        retryAfterSeconds: 60,
      },
    });
    expect(events).toEqual(['send', 'read since 20']);
  });

  it('reads first when an earlier send under the same key ended unclear', async () => {
    const earlier = { recall: async () => 1_000_000 - 5_000, remember: async () => {} };
    expect(await run([], ['landed'], { memory: earlier })).toEqual({
      outcome: { value: 'adopted' },
      events: ['read since -5000'],
    });
    const absent = await run(['ok'], ['absent'], { memory: earlier });
    expect(absent.events).toEqual(['read since -5000', 'send']);
  });

  it('remembers a write whose outcome stayed unknown, from when the first attempt started', async () => {
    const kept: number[] = [];
    const memory = {
      recall: async () => undefined,
      remember: async (since: number) => void kept.push(since),
    };
    await run([lost500], ['fails'], { memory });
    expect(kept).toEqual([1_000_000 + 10]);
    const known: number[] = [];
    await run([lost500, 'ok'], ['absent'], {
      memory: {
        recall: async () => undefined,
        remember: async (since: number) => void known.push(since),
      },
    });
    expect(known).toEqual([]);
  });
});

describe('isDerivedKey', () => {
  it("tells the gateway's fresh keys from a caller's, which a caller may repeat", () => {
    const uuid = '0d9f3c2a-5b1e-4c7d-9a8b-1234567890ab';
    expect(isDerivedKey(`gw-${uuid}`)).toBe(true);
    expect(isDerivedKey(`gw-${uuid}:move`)).toBe(true);
    expect(isDerivedKey('order-4711')).toBe(false);
    expect(isDerivedKey('gw-order-4711')).toBe(false);
  });
});
