import type { ProductInstance } from '../../wix-api/types.js';
import { WixError } from '../errors.js';
import { TERMINAL_STATUSES } from './instanceStatus.js';

/** CANCELED and FAILED are terminal (emulator rule; unconfirmed, docs/wix-api.md "Package and ProductInstance"). */
export function requireMutableStatus(instance: ProductInstance, operation: string): void {
  if (TERMINAL_STATUSES.has(instance.status)) {
    throw WixError.application(
      'INCOMPATIBLE_PRODUCT_INSTANCE_STATUS',
      `Cannot ${operation} product instance ${instance.instanceId} in status ${instance.status}`,
      { data: { instanceId: instance.instanceId, status: instance.status } },
    );
  }
}
