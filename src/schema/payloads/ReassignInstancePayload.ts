import { Field, ObjectType } from 'type-graphql';
import { ProductInstance } from '../ProductInstance.js';
import { Site } from '../Site.js';

@ObjectType({
  simpleResolvers: true,
  description: 'Result of a verified move of a product instance to another site.',
})
export class ReassignInstancePayload {
  @Field(() => ProductInstance, { description: 'The instance, re-read after the move.' })
  instance!: ProductInstance;

  @Field(() => Site, { nullable: true, description: 'The site it left; null if it was floating.' })
  fromSite?: Site;

  @Field(() => Site, { description: 'The site it is now assigned to.' })
  toSite!: Site;
}
