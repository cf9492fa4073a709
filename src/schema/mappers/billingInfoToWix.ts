import type { BillingInfoInput } from '../inputs/BillingInfoInput.js';

/** GraphQL BillingInfoInput → Wix billingInfo; a cycle of no `count` is one unit long. */
export function billingInfoToWix(input: BillingInfoInput | undefined) {
  return (
    input && {
      type: input.type,
      cycleDuration: input.cycleDuration && {
        unit: input.cycleDuration.unit,
        count: input.cycleDuration.count ?? 1,
      },
    }
  );
}
