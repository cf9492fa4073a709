import { Field, ID, ObjectType } from 'type-graphql';
import { BillingInfo } from './BillingInfo.js';

@ObjectType({
  simpleResolvers: true,
  description:
    "A product of the reseller's Premium catalog, as the gateway's catalog (`WIX_CATALOG_FILE`) describes it. Wix publishes no catalog, so a product the catalog does not list has only its `id`; the other fields are null.",
})
export class CatalogProduct {
  @Field(() => ID, { description: "The product's ID in Wix's reseller catalog (GUID)." })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'What to show for it, e.g. "Business VIP"; null when the catalog does not list it.',
  })
  name?: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Wix's product type, e.g. PREMIUM_PLAN: `adjustInstance` swaps products only within one type, and a site holds one product per type. Null when the catalog does not list it.",
  })
  productType?: string;

  @Field(() => [BillingInfo], {
    nullable: true,
    description:
      'The billing cycles it is sold with; `createPackage` may omit `billingInfo` only for a product with exactly one. Null when the catalog does not list it.',
  })
  billingCycles?: BillingInfo[];
}
