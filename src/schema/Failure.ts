import { Field, ObjectType } from 'type-graphql';
import { FailureCode } from './enums.js';

@ObjectType({
  simpleResolvers: true,
  description: 'Why the delivery of a product instance failed.',
})
export class Failure {
  @Field(() => FailureCode, { description: 'Machine-readable reason.' })
  code!: FailureCode;

  @Field(() => String, { nullable: true, description: 'Free text from Wix, when given.' })
  message?: string;
}
