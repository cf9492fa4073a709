import type { Cycle } from '../../wix-api/types.js';
import type { BillingInfo } from '../BillingInfo.js';

/** REST Cycle → GraphQL BillingInfo. */
export function toBillingInfo(wire: Cycle): BillingInfo {
  return {
    type: wire.type,
    cycleDuration: wire.cycleDuration && {
      unit: wire.cycleDuration.unit,
      count: wire.cycleDuration.count,
    },
  };
}
