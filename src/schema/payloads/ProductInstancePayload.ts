import { Field, ObjectType } from 'type-graphql';
import { ProductInstance } from '../ProductInstance.js';

@ObjectType({
  simpleResolvers: true,
  description: 'Result of a product-instance mutation: the instance as Wix holds it afterwards.',
})
export class ProductInstancePayload {
  @Field(() => ProductInstance, { description: 'The instance after the change.' })
  instance!: ProductInstance;
}
