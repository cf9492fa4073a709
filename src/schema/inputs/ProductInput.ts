import { IsISO31661Alpha2, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { BillingInfoInput } from './BillingInfoInput.js';
import { IsGuid } from './IsGuid.js';

@InputType({ description: 'One paid service to provision in a new package.' })
export class ProductInput {
  @Field(() => ID, { description: "The product's ID in Wix's reseller catalog (GUID)." })
  @IsGuid()
  catalogProductId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Site to assign it to (GUID, owned by the account acted on); omit to leave it floating.',
  })
  @IsGuid()
  siteId?: string;

  @Field(() => String, {
    description: 'ISO 3166-1 alpha-2 country where bundled vouchers can be claimed, e.g. "US".',
  })
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code' })
  countryCode!: string;

  @Field(() => BillingInfoInput, {
    nullable: true,
    description: 'Billing cycle; may be omitted only when the product has exactly one.',
  })
  @ValidateNested()
  billingInfo?: BillingInfoInput;

  @Field(() => String, { nullable: true, description: 'Discount code (≤ 25 characters).' })
  @MaxLength(25, { message: 'must be at most 25 characters' })
  discountCode?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'A PENDING or ENABLED instance that entitles this product to a free bundled benefit (GUID); each can be referenced once.',
  })
  @IsGuid()
  referenceProductInstanceId?: string;
}
