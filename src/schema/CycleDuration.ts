import { Field, Int, ObjectType } from 'type-graphql';
import { IntervalUnit } from './enums.js';

@ObjectType({ simpleResolvers: true, description: 'A billing period, e.g. 1 MONTH or 2 YEAR.' })
export class CycleDuration {
  @Field(() => IntervalUnit, { description: 'Unit of the period.' })
  unit!: IntervalUnit;

  @Field(() => Int, { nullable: true, description: 'Number of units per period; null when unset.' })
  count?: number;
}
