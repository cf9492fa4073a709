import type { ArgumentOf } from '../../errors/index.js';

/**
 * For each mutation, which argument each field of its upstream request came
 * from, so that a Wix rejection of a field (src/datasources/rejectedFields.ts)
 * reaches the client on the input a form shows (`extensions.fieldViolations`).
 * Keys are request paths with `[]` for any index, which the argument path
 * keeps (`products[2].siteId` → `input.products[2].siteId`); a field not
 * listed names no argument and is dropped.
 */
function argumentsOf(table: Readonly<Record<string, string>>): ArgumentOf {
  return (wireField) => {
    const indexes: string[] = [];
    const key = wireField.replace(/\[(\d+)\]/g, (_, index: string) => {
      indexes.push(index);
      return '[]';
    });
    const argument = table[key];
    return argument?.replace(/\[\]/g, () => `[${indexes.shift()}]`);
  };
}

/** `billingInfo` and the fields inside it, from under `wire` to under `argument`. */
function billingInfoUnder(wire: string, argument: string): Record<string, string> {
  const inside = ['', '.type', '.cycleDuration', '.cycleDuration.unit', '.cycleDuration.count'];
  return Object.fromEntries(
    inside.map((path) => [`${wire}billingInfo${path}`, `${argument}billingInfo${path}`]),
  );
}

const PRODUCT_FIELDS = ['catalogProductId', 'siteId', 'countryCode', 'discountCode'];

export const CREATE_PACKAGE_ARGUMENTS = argumentsOf({
  externalId: 'input.externalId',
  products: 'input.products',
  ...Object.fromEntries(
    [...PRODUCT_FIELDS, 'referenceProductInstanceId'].map((field) => [
      `products[].${field}`,
      `input.products[].${field}`,
    ]),
  ),
  ...billingInfoUnder('products[].', 'input.products[].'),
});

export const CANCEL_PACKAGE_ARGUMENTS = argumentsOf({ id: 'id' });

export const UPDATE_PACKAGE_EXTERNAL_ID_ARGUMENTS = argumentsOf({
  packageId: 'id',
  externalId: 'externalId',
});

/** Unassign and cancel: the instance alone. */
export const INSTANCE_ARGUMENTS = argumentsOf({ instanceId: 'instanceId' });

export const ASSIGN_INSTANCE_ARGUMENTS = argumentsOf({
  instanceId: 'instanceId',
  siteId: 'siteId',
});

/** The move of reassignInstance: Assign's `siteId` is the target site. */
export const REASSIGN_INSTANCE_ARGUMENTS = argumentsOf({
  instanceId: 'instanceId',
  siteId: 'toSiteId',
});

export const ADJUST_INSTANCE_ARGUMENTS = argumentsOf({
  instanceId: 'instanceId',
  catalogProductId: 'catalogProductId',
  discountCode: 'discountCode',
  ...billingInfoUnder('', ''),
});

export const TRANSFER_SITE_ARGUMENTS = argumentsOf({
  siteId: 'input.siteId',
  'siteTransfer.siteId': 'input.siteId',
  'siteTransfer.notifyOwner': 'input.notifyOwner',
  'wix-account-id': 'input.toAccountId',
});
