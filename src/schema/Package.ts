import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { ProductInstance } from './ProductInstance.js';

@ObjectType({
  simpleResolvers: true,
  description:
    "A package: one purchase of 1 to 1000 product instances for one Wix account. Its state is the set of its instances' statuses.",
})
export class Package {
  @Field(() => ID, { description: 'Package ID (GUID).' })
  id!: string;

  @Field(() => ID, { description: 'The account that owns the package.' })
  accountId!: string;

  @Field(() => String, {
    nullable: true,
    description: "The reseller's own reference, e.g. its subscription ID (≤ 100 characters).",
  })
  externalId?: string;

  @Field(() => DateTimeResolver, { description: 'When the package was created.' })
  createdDate!: Date;

  @Field(() => DateTimeResolver, { description: 'When the package last changed.' })
  updatedDate!: Date;

  @Field(() => [ProductInstance], { description: 'The paid services in this package.' })
  productInstances!: ProductInstance[];

  /**
   * The account it was read under. Query Packages answers for that account's
   * whole family, so its instances' sites read their packages under it too.
   */
  readAccountId?: string;
}
