import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { BillingInfo } from './BillingInfo.js';
import { ProductInstanceStatus } from './enums.js';
import { Failure } from './Failure.js';
import { Package } from './Package.js';

/**
 * Package and ProductInstance import each other. Typing the back-reference
 * through an alias makes decorator metadata emit `Object` instead of reading
 * `Package` before its module has finished evaluating.
 */
type Circular<T> = T;

@ObjectType({
  simpleResolvers: true,
  description:
    'One provisioned paid service (a Premium plan, a domain, a mailbox…). Assigned when it has a site, floating when not.',
})
export class ProductInstance {
  @Field(() => ID, { description: 'Instance ID (GUID); distinct from the catalog product ID.' })
  id!: string;

  @Field(() => ID, { description: "The product's ID in Wix's reseller catalog." })
  catalogProductId!: string;

  @Field(() => ProductInstanceStatus, { description: 'Lifecycle state.' })
  status!: ProductInstanceStatus;

  @Field(() => Failure, {
    nullable: true,
    description: 'Why delivery failed; set only when FAILED.',
  })
  failure?: Failure;

  @Field(() => BillingInfo, { nullable: true, description: 'How the reseller pays Wix for it.' })
  billingInfo?: BillingInfo;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 country where bundled vouchers can be claimed.',
  })
  countryCode?: string;

  @Field(() => String, { nullable: true, description: 'Discount code given at provisioning.' })
  discountCode?: string;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When it expires; set only for instances that do not auto-renew.',
  })
  expirationDate?: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'The base instance that entitles this one to a free bundled benefit.',
  })
  referenceProductInstanceId?: string;

  @Field(() => DateTimeResolver, { description: 'When it was provisioned.' })
  createdDate!: Date;

  @Field(() => DateTimeResolver, { description: 'When it last changed.' })
  updatedDate!: Date;

  @Field(() => Package, { description: 'The package (purchase) it belongs to.' })
  package!: Circular<Package>;

  /** ID of the assigned site; resolved into `site` by ProductInstanceResolver. */
  siteId?: string;
}
