import { Field, ObjectType } from 'type-graphql';
import { CycleDuration } from './CycleDuration.js';
import { BillingCycleType } from './enums.js';

@ObjectType({
  simpleResolvers: true,
  description: 'A billing cycle: how the reseller pays Wix for a product instance.',
})
export class BillingInfo {
  @Field(() => BillingCycleType, { description: 'One-time or recurring payment.' })
  type!: BillingCycleType;

  @Field(() => CycleDuration, {
    nullable: true,
    description: 'The billing period; set only for RECURRING payments.',
  })
  cycleDuration?: CycleDuration;
}
