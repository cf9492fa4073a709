import { ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { BillingCycleType } from '../enums.js';
import { CycleDurationInput } from './CycleDurationInput.js';

@InputType({ description: 'How the reseller pays Wix for a product instance.' })
export class BillingInfoInput {
  @Field(() => BillingCycleType, { description: 'One-time or recurring payment.' })
  type!: BillingCycleType;

  @Field(() => CycleDurationInput, {
    nullable: true,
    description: 'Billing period; required for RECURRING when the product has several.',
  })
  @ValidateNested()
  cycleDuration?: CycleDurationInput;
}
