import { MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { BillingInfoInput } from '../inputs/BillingInfoInput.js';
import { IsGuid } from '../inputs/IsGuid.js';
import { InstanceArgs } from './InstanceArgs.js';

@ArgsType()
export class AdjustInstanceArgs extends InstanceArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Up- or downgrade to this catalog product (GUID) of the same product type.',
  })
  @IsGuid()
  catalogProductId?: string;

  @Field(() => BillingInfoInput, { nullable: true, description: 'Switch to this billing cycle.' })
  @ValidateNested()
  billingInfo?: BillingInfoInput;

  @Field(() => String, {
    nullable: true,
    description:
      'Discount code (≤ 25 characters); Wix applies it only with a new catalogProductId.',
  })
  @MaxLength(25, { message: 'must be at most 25 characters' })
  discountCode?: string;
}
