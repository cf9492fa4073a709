import { ObjectType } from 'type-graphql';
import type { Package as WirePackage, Site as WireSite } from '../../wix-api/types.js';

/**
 * What `instance`, `fromSite` and `toSite` are resolved from
 * (ReassignInstancePayloadResolver): each is read only when selected.
 */
@ObjectType({
  simpleResolvers: true,
  description: 'Result of a verified move of a product instance to another site.',
})
export class ReassignInstancePayload {
  /** The account acted on; everything below is read under it. */
  accountId!: string;

  instanceId!: string;

  /** The instance's package, read again by a repeat that has no `verifiedPackage`. */
  packageId!: string;

  /** The package as verified after the move; absent on a repeat under the same key. */
  verifiedPackage?: WirePackage;

  /** Where the instance was before; absent when it was floating. */
  fromSiteId?: string;

  toSiteId!: string;

  /** The target as checked before the move: `toSite` if re-reading it finds nothing. */
  toSiteAsChecked?: WireSite;
}
