/**
 * The two main flows of a reseller frontend, on the typed documents that
 * codegen generated from `operations/*.graphql`:
 *
 * 1. a site set up in the team account is transferred to a customer, then a
 *    paid service is provisioned on it in the customer's account;
 * 2. a paid service moves from one of a customer's sites to another.
 *
 * `npm run example:flows` runs both against `GATEWAY_URL` (default
 * `http://127.0.0.1:$PORT/graphql`, `PORT` 4000, i.e. `npm start`). The IDs
 * are the emulator's seed and flow 1 transfers the site, so it first puts the
 * emulator back to its seed (`POST /_emulator/reset` on `WIX_EMULATOR_URL`,
 * default `http://127.0.0.1:$WIX_EMULATOR_PORT`, 4010): it passes run after run.
 */
import { pathToFileURL } from 'node:url';
import { createClient, type Execute } from './client.js';
import {
  CreateCustomerPackageDocument,
  MovePaidServiceDocument,
  SiteBeforeTransferDocument,
  TransferSiteToCustomerDocument,
} from './generated/graphql.js';

export interface FlowIds {
  /** The customer's account the site moves to (flow 1). */
  customerAccountId: string;
  /** A site in the team account with no paid services (flow 1). */
  siteId: string;
  /** The catalog product provisioned on it (flow 1). */
  catalogProductId: string;
  /** The account holding the service that moves (flow 2). */
  serviceAccountId: string;
  /** The paid service (product instance) that moves (flow 2). */
  instanceId: string;
  /** The site it moves to (flow 2). */
  toSiteId: string;
}

/** IDs from the emulator's seed (`src/emulator/seedIds.ts`). */
export const SEED_FLOW_IDS: FlowIds = {
  customerAccountId: 'acc00000-0000-4000-8000-000000000004',
  siteId: '5e1e0000-0000-4000-8000-000000000002',
  catalogProductId: '9d000000-0000-4000-8000-000000000003',
  serviceAccountId: 'acc00000-0000-4000-8000-000000000002',
  instanceId: '1a500000-0000-4000-8000-000000000011',
  toSiteId: '5e1e0000-0000-4000-8000-000000000014',
};

export interface FlowsResult {
  transferredSite: { id: string; ownerAccountId: string };
  packageId: string;
  provisioned: { instanceId: string; status: string; siteId: string | null }[];
  movedService: { instanceId: string; fromSite: string | null; toSite: string | null };
}

export async function setUpAndTransferSite(
  execute: Execute,
  ids: FlowIds,
  log: (line: string) => void,
): Promise<Omit<FlowsResult, 'movedService'>> {
  const { site } = await execute(SiteBeforeTransferDocument, { siteId: ids.siteId });
  if (!site) throw new Error(`Site ${ids.siteId} is not in the team account`);
  if (!site.transferable) throw new Error(`Site "${site.displayName}" holds paid services`);
  log(`1. "${site.displayName}" is in the team account and has no paid services`);

  const { transferSite } = await execute(TransferSiteToCustomerDocument, {
    siteId: ids.siteId,
    toAccountId: ids.customerAccountId,
  });
  log(`2. transferred to account ${transferSite.site.ownerAccountId}`);

  // One order of this run: a retry after a lost response sends the same key and
  // gets the first result instead of provisioning twice; a later run is a new order.
  const orderId = `example-${Date.now()}`;
  const { createPackage } = await execute(CreateCustomerPackageDocument, {
    accountId: ids.customerAccountId,
    input: {
      externalId: orderId,
      idempotencyKey: `${orderId}-${ids.siteId}-${ids.catalogProductId}`,
      products: [
        {
          catalogProductId: ids.catalogProductId,
          siteId: ids.siteId,
          countryCode: 'US',
          billingInfo: { type: 'RECURRING', cycleDuration: { unit: 'YEAR', count: 1 } },
        },
      ],
    },
  });
  const provisioned = createPackage.package.productInstances.map((instance) => ({
    instanceId: instance.id,
    status: instance.status,
    siteId: instance.site?.id ?? null,
  }));
  log(
    `3. package ${createPackage.package.id}: ` +
      provisioned.map((p) => `${p.instanceId} ${p.status} on ${p.siteId}`).join(', '),
  );
  return {
    transferredSite: { id: transferSite.site.id, ownerAccountId: transferSite.site.ownerAccountId },
    packageId: createPackage.package.id,
    provisioned,
  };
}

export async function movePaidService(
  execute: Execute,
  ids: FlowIds,
  log: (line: string) => void,
): Promise<FlowsResult['movedService']> {
  const { reassignInstance } = await execute(MovePaidServiceDocument, {
    accountId: ids.serviceAccountId,
    instanceId: ids.instanceId,
    toSiteId: ids.toSiteId,
  });
  const { instance, fromSite, toSite } = reassignInstance;
  log(
    `4. ${instance.id} moved from "${fromSite?.displayName}" to "${toSite.displayName}" ` +
      `(now premium: ${toSite.premium})`,
  );
  return {
    instanceId: instance.id,
    fromSite: fromSite?.id ?? null,
    toSite: instance.site?.id ?? null,
  };
}

export interface RunFlowsOptions {
  url: string;
  token?: string;
  ids?: FlowIds;
  log?: (line: string) => void;
}

/** Runs flow 1 then flow 2; throws on the first GraphQL error. */
export async function runFlows(options: RunFlowsOptions): Promise<FlowsResult> {
  const execute = createClient({ url: options.url, token: options.token });
  const ids = options.ids ?? SEED_FLOW_IDS;
  const log = options.log ?? (() => {});
  const flow1 = await setUpAndTransferSite(execute, ids, log);
  const movedService = await movePaidService(execute, ids, log);
  return { ...flow1, movedService };
}

/** Puts the emulator behind the gateway back to its seed, so the seed IDs above exist again. */
export async function resetEmulator(emulatorUrl: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`${emulatorUrl}/_emulator/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
  } catch {
    throw new Error(
      `No emulator at ${emulatorUrl} to reset (set WIX_EMULATOR_URL or WIX_EMULATOR_PORT to the one behind the gateway)`,
    );
  }
  if (!response.ok)
    throw new Error(`Resetting the emulator at ${emulatorUrl}: HTTP ${response.status}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const env = process.env;
  const url = env.GATEWAY_URL ?? `http://127.0.0.1:${env.PORT ?? '4000'}/graphql`;
  const emulatorUrl = env.WIX_EMULATOR_URL ?? `http://127.0.0.1:${env.WIX_EMULATOR_PORT ?? '4010'}`;
  resetEmulator(emulatorUrl)
    .then(() => runFlows({ url, token: env.GATEWAY_TOKEN, log: console.log }))
    .then(
      () => console.log('Both flows done.'),
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exitCode = 1;
      },
    );
}
