/**
 * Every paid write, with its answer lost in every way the emulator can lose
 * it, against both upstream worlds: one that replays a repeated
 * idempotencyKey and one that runs it again (Wix documents neither). The
 * gateway must never make the write take effect twice: counted from the
 * emulator's request log (`applied`), not from the gateway's own account.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { FaultRule, IdempotencyMode, RequestLogEntry } from '../../src/emulator/index.js';
import {
  AdjustInstanceWithKeyDocument,
  AssignInstanceWithKeyDocument,
  CancelInstanceWithKeyDocument,
  CancelPackageWithKeyDocument,
  CreatePackageDocument,
  UnassignInstanceWithKeyDocument,
} from '../generated/graphql.js';
import { FAST_RESILIENCE_ENV } from '../fastResilienceEnv.js';
import {
  ACCOUNTS,
  INSTANCES,
  PACKAGES,
  PRODUCTS,
  SITES,
  useGateway,
  type GraphQLResponse,
  type Harness,
} from '../harness.js';

/** Deadline 150 ms; a write that timed out may land for 600 ms. */
const ENV = { ...FAST_RESILIENCE_ENV, PAID_WRITE_SETTLE_MS: '600' };

interface PaidWriteCase {
  route: string;
  /** Runs the mutation, under the caller's `idempotencyKey` when given. */
  run(gateway: Harness, idempotencyKey?: string): Promise<GraphQLResponse<unknown>>;
}

const keyed =
  <TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: Omit<TVariables, 'idempotencyKey'>,
  ) =>
  (gateway: Harness, idempotencyKey?: string) =>
    gateway.execute(document, { ...variables, idempotencyKey } as TVariables) as Promise<
      GraphQLResponse<unknown>
    >;

let orders = 0;
const WRITES: PaidWriteCase[] = [
  {
    route: 'createPackage',
    run: (gateway, idempotencyKey) =>
      gateway.execute(CreatePackageDocument, {
        input: {
          // A repeat (same key) is the same order.
          externalId: idempotencyKey ? `order-${idempotencyKey}` : `order-${++orders}`,
          idempotencyKey,
          products: [{ catalogProductId: PRODUCTS.logoOneTime, countryCode: 'US' }],
        },
      }),
  },
  {
    route: 'cancelPackage',
    run: keyed(CancelPackageWithKeyDocument, {
      id: PACKAGES.customerBUnlimited,
      accountId: ACCOUNTS.customerB,
    }),
  },
  {
    route: 'assignInstance',
    run: keyed(AssignInstanceWithKeyDocument, {
      instanceId: INSTANCES.floatingBasic,
      siteId: SITES.yogaStudio,
    }),
  },
  {
    route: 'unassignInstance',
    run: keyed(UnassignInstanceWithKeyDocument, { instanceId: INSTANCES.vipOnAgencyPortfolio }),
  },
  {
    route: 'adjustInstance',
    run: keyed(AdjustInstanceWithKeyDocument, {
      instanceId: INSTANCES.unlimitedOnDentalClinic,
      catalogProductId: PRODUCTS.businessVip,
      billingInfo: { type: 'RECURRING', cycleDuration: { unit: 'YEAR', count: 2 } },
    }),
  },
  {
    route: 'cancelInstance',
    run: keyed(CancelInstanceWithKeyDocument, {
      instanceId: INSTANCES.mailboxOnCustomerBRestaurant,
      accountId: ACCOUNTS.customerB,
    }),
  },
];

/** Lost answers the gateway must see through: the write takes effect exactly once. */
const RECOVERED: [string, (route: string) => FaultRule[]][] = [
  ['a 503 before the write', (route) => [{ route, kind: 'error', status: 503, times: 1 }]],
  ['a dropped connection before the write', (route) => [{ route, kind: 'drop', times: 1 }]],
  [
    'a 500 after the write',
    (route) => [{ route, kind: 'error', status: 500, after: true, times: 1 }],
  ],
  [
    'a dropped connection after the write',
    (route) => [{ route, kind: 'drop', after: true, times: 1 }],
  ],
  ['a 500 after every write', (route) => [{ route, kind: 'error', status: 500, after: true }]],
  [
    'a deadline passed while the write was still running',
    (route) => [{ route, kind: 'latency', latencyMs: 300, times: 1 }],
  ],
  [
    'a deadline passed and the write then never ran',
    (route) => [
      { route, kind: 'latency', latencyMs: 300, times: 1 },
      { route, kind: 'drop', times: 1 },
    ],
  ],
];

/** Every Resellers read the gateway could read a write back with. */
const READS_FAIL: FaultRule[] = [
  { route: 'queryPackages', kind: 'error', status: 503 },
  { route: 'getPackage', kind: 'error', status: 503 },
];

async function settledLog(gateway: Harness): Promise<RequestLogEntry[]> {
  // A faulted call may be logged a little after the gateway answered.
  await new Promise((r) => setTimeout(r, 50));
  return gateway.upstreamCalls();
}

describe.each<IdempotencyMode>(['replay', 'ignore'])(
  'paid writes against an upstream that does %p a repeated idempotencyKey',
  (mode) => {
    const gateway = useGateway({ env: ENV, emulatorIdempotency: mode });

    describe.each(WRITES.map((w) => [w.route, w] as const))('%s', (route, write) => {
      it.each(RECOVERED)('takes effect once after %s', async (_case, faults) => {
        await gateway.setFaults(faults(route));
        const response = await write.run(gateway);
        expect(response.errors).toBeUndefined();
        const sends = (await settledLog(gateway)).filter((c) => c.route === route);
        expect(sends.filter((c) => c.applied)).toHaveLength(1);
        expect(sends.length).toBeLessThanOrEqual(2);
        // Every send of one write carries one key (none reached the handler: no key logged).
        const keys = new Set(sends.map((c) => c.idempotencyKey).filter(Boolean));
        expect(keys.size).toBeLessThanOrEqual(1);
      });

      it('says it was not applied, without guessing, when every send fails before the write', async () => {
        await gateway.setFaults([{ route, kind: 'error', status: 503 }]);
        const response = await write.run(gateway);
        expect(response.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE' });
        expect(response.errors?.[0]?.message).toMatch(
          /reading it back showed the change was not applied/,
        );
        const sends = (await settledLog(gateway)).filter((c) => c.route === route);
        expect(sends).toHaveLength(3);
        expect(sends.filter((c) => c.applied)).toHaveLength(0);
      });

      it.each<[string, FaultRule, number]>([
        ['took effect', { route, kind: 'error', status: 500, after: true, times: 1 }, 1],
        ['did not take effect', { route, kind: 'error', status: 503, times: 1 }, 2],
      ])(
        'reads before it sends when the caller repeats, under its key, a write whose outcome stayed unknown and that %s',
        async (_case, fault, sends) => {
          // The first answer is lost and reading back fails: the outcome stays unknown.
          await gateway.setFaults([fault, ...READS_FAIL]);
          const first = await write.run(gateway, `repeat-${route}-${sends}`);
          expect(first.errors?.[0]?.extensions?.reason).toBe('WRITE_OUTCOME_UNKNOWN');
          await gateway.setFaults([]);
          const repeat = await write.run(gateway, `repeat-${route}-${sends}`);
          expect(repeat.errors).toBeUndefined();
          const log = (await settledLog(gateway)).filter((c) => c.route === route);
          expect(log).toHaveLength(sends);
          expect(log.filter((c) => c.applied)).toHaveLength(1);
        },
      );

      it('answers WRITE_OUTCOME_UNKNOWN and sends nothing again when the write cannot be read back', async () => {
        await gateway.setFaults([
          { route, kind: 'error', status: 500, after: true },
          ...READS_FAIL,
        ]);
        const response = await write.run(gateway);
        expect(response.errors?.[0]?.extensions).toEqual({
          code: 'UPSTREAM_UNAVAILABLE',
          reason: 'WRITE_OUTCOME_UNKNOWN',
        });
        const sends = (await settledLog(gateway)).filter((c) => c.route === route);
        expect(sends.map((c) => c.applied)).toEqual([true]);
      });
    });
  },
);

describe.each<[IdempotencyMode, number]>([
  ['replay', 1],
  // Why it is off by default: an upstream that does not de-duplicate provisions twice.
  ['ignore', 2],
])(
  'WIX_IDEMPOTENCY_REPLAY=trusted against an upstream that does %p a repeated key',
  (mode, applied) => {
    const gateway = useGateway({
      env: { ...ENV, WIX_IDEMPOTENCY_REPLAY: 'trusted' },
      emulatorIdempotency: mode,
    });

    it(`resends a lost create under its key without reading it back: ${applied} package(s)`, async () => {
      await gateway.setFaults([{ route: 'createPackage', kind: 'drop', after: true, times: 1 }]);
      const response = await gateway.execute(CreatePackageDocument, {
        input: {
          externalId: `trusted-${mode}`,
          products: [{ catalogProductId: PRODUCTS.logoOneTime, countryCode: 'US' }],
        },
      });
      expect(response.errors).toBeUndefined();
      const calls = await settledLog(gateway);
      expect(calls.filter((c) => c.route === 'createPackage')).toHaveLength(2);
      expect(calls.filter((c) => c.route === 'createPackage' && c.applied)).toHaveLength(applied);
      expect(calls.filter((c) => c.route === 'queryPackages')).toEqual([]);
    });
  },
);
