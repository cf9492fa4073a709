import { ArrayMaxSize, ArrayMinSize, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ProductInput } from './ProductInput.js';

@InputType({ description: 'A new package of paid services for one account.' })
export class CreatePackageInput {
  @Field(() => String, {
    nullable: true,
    description: "The reseller's own reference, e.g. its subscription ID (≤ 100 characters).",
  })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  externalId?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Repeating a request with the same key (≤ 100 characters) returns the first result instead of provisioning twice.',
  })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  idempotencyKey?: string;

  @Field(() => [ProductInput], { description: 'The services to provision: 1 to 1000.' })
  @ArrayMinSize(1, { message: 'must list at least 1 product' })
  @ArrayMaxSize(1000, { message: 'must list at most 1000 products' })
  @ValidateNested({ each: true })
  products!: ProductInput[];
}
