/** Resellers › Packages and Product Instances (docs/wix-api.md "Endpoints"). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type {
  GetPackageResponse,
  QueryPackagesResponse,
  UpdatePackageExternalIdResponse,
} from '../../wix-api/types.js';
import { routerPath } from '../../wix-api/endpoints.js';
import { familyAccountIds } from '../accounts.js';
import type { EmulatorContext } from '../context.js';
import { runQuery } from '../query/runQuery.js';
import { adjustInstance } from '../resellers/adjustInstance.js';
import { assignInstance } from '../resellers/assignInstance.js';
import { cancelInstance, cancelPackage } from '../resellers/cancel.js';
import { createPackage } from '../resellers/createPackage.js';
import { requireAccount, requireOwnPackage } from '../resellers/lookups.js';
import { queryPackagesSpec } from '../resellers/packageQuerySpec.js';
import { parseAdjust } from '../resellers/parseAdjust.js';
import { parseCreatePackage } from '../resellers/parseCreatePackage.js';
import { unassignInstance } from '../resellers/unassignInstance.js';
import { updateExternalId } from '../resellers/updateExternalId.js';
import { bodyObject, EXTERNAL_ID_MAX, Violations } from '../validation.js';
import { mutate, packageResponse, readIdempotencyKey, withParentAccount } from './mutation.js';
import { guidParams } from './params.js';

const route = (routeName: string) => ({ config: { routeName } });

type Params<K extends string> = FastifyRequest<{ Params: Record<K, string> }>;

export function registerResellerRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const create =
    (routeName: string, requireCountryCode: boolean) => async (request: FastifyRequest) => {
      const body = bodyObject(request.body);
      const input = parseCreatePackage(body, requireCountryCode);
      return mutate(ctx, request, routeName, input.idempotencyKey, { body }, (state) =>
        packageResponse(
          input.idempotencyKey,
          createPackage(state, request.accountId, input, {
            nowMs: ctx.now(),
            activationDelayMs: ctx.activationDelayMs,
          }),
        ),
      );
    };
  app.post(routerPath('createPackage'), route('createPackage'), create('createPackage', true));
  // Deprecated v1 (docs/wix-api.md "Create Package V2"): answered like V2, except countryCode is optional.
  app.post(
    routerPath('createPackageV1'),
    route('createPackageV1'),
    create('createPackageV1', false),
  );

  app.get(routerPath('getPackage'), route('getPackage'), async (request: Params<'id'>) => {
    const { id } = guidParams({ id: request.params.id });
    const response: GetPackageResponse = {
      package: requireOwnPackage(ctx.store.state, request.accountId, id),
    };
    return response;
  });

  app.post(routerPath('queryPackages'), route('queryPackages'), async (request) => {
    const body = bodyObject(request.body);
    const v = new Violations();
    v.object('query', body.query, true);
    v.throwIfAny();
    const state = ctx.store.state;
    requireAccount(state, request.accountId);
    // The parent family's packages, whichever member is in the header (docs/wix-api.md "Query Packages").
    const family = familyAccountIds(state, request.accountId);
    const packages = state.packages.filter((p) => family.has(p.accountId));
    const result = runQuery(packages, body.query, queryPackagesSpec, request.accountId);
    const response: QueryPackagesResponse = { metadata: result.metadata, packages: result.items };
    return response;
  });

  app.delete(routerPath('cancelPackage'), route('cancelPackage'), async (request: Params<'id'>) => {
    const { id } = guidParams({ id: request.params.id });
    const key = readIdempotencyKey(request);
    return mutate(ctx, request, 'cancelPackage', key, { id }, (state, now) =>
      packageResponse(key, cancelPackage(state, request.accountId, id, now)),
    );
  });

  // Registered before `/:instanceId/:siteId`; the router prefers the literal segment anyway.
  app.patch(
    routerPath('unassignInstance'),
    route('unassignInstance'),
    async (request: Params<'instanceId'>) => {
      const { instanceId } = guidParams({ instanceId: request.params.instanceId });
      const key = readIdempotencyKey(request);
      return mutate(ctx, request, 'unassignInstance', key, { instanceId }, (state, now) =>
        packageResponse(
          key,
          withParentAccount(state, unassignInstance(state, request.accountId, instanceId, now)),
        ),
      );
    },
  );

  app.patch(
    routerPath('assignInstance'),
    route('assignInstance'),
    async (request: Params<'instanceId' | 'siteId'>) => {
      const { instanceId, siteId } = guidParams(request.params);
      const key = readIdempotencyKey(request);
      return mutate(ctx, request, 'assignInstance', key, { instanceId, siteId }, (state, now) =>
        packageResponse(
          key,
          withParentAccount(
            state,
            assignInstance(state, request.accountId, instanceId, siteId, now),
          ),
        ),
      );
    },
  );

  app.patch(
    routerPath('adjustInstance'),
    route('adjustInstance'),
    async (request: Params<'instanceId'>) => {
      const { instanceId } = guidParams({ instanceId: request.params.instanceId });
      const body = bodyObject(request.body);
      const input = parseAdjust(body);
      const key = input.idempotencyKey;
      return mutate(ctx, request, 'adjustInstance', key, { instanceId, body }, (state, now) =>
        packageResponse(key, adjustInstance(state, request.accountId, instanceId, input, now)),
      );
    },
  );

  app.delete(
    routerPath('cancelInstance'),
    route('cancelInstance'),
    async (request: Params<'instanceId'>) => {
      const { instanceId } = guidParams({ instanceId: request.params.instanceId });
      const key = readIdempotencyKey(request);
      return mutate(ctx, request, 'cancelInstance', key, { instanceId }, (state, now) =>
        packageResponse(key, cancelInstance(state, request.accountId, instanceId, now)),
      );
    },
  );

  app.patch(
    routerPath('updateExternalId'),
    route('updateExternalId'),
    async (request: Params<'packageId' | 'externalId'>) => {
      const { packageId } = guidParams({ packageId: request.params.packageId });
      const externalId = request.params.externalId;
      const v = new Violations();
      v.string('externalId', externalId, EXTERNAL_ID_MAX, true);
      v.throwIfAny();
      return mutate(ctx, request, 'updateExternalId', undefined, {}, (state, now) => {
        const pkg = updateExternalId(state, request.accountId, packageId, externalId, now);
        const response: UpdatePackageExternalIdResponse = { updatedPackage: structuredClone(pkg) };
        return response;
      });
    },
  );
}
