import { IsInt, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IntervalUnit } from '../enums.js';

@InputType({ description: 'A billing period, e.g. 1 MONTH or 1 YEAR.' })
export class CycleDurationInput {
  @Field(() => IntervalUnit, { description: 'Unit of the period.' })
  unit!: IntervalUnit;

  @Field(() => Int, {
    nullable: true,
    description: 'Number of units per period (1–100; default 1).',
  })
  @IsInt({ message: 'must be an integer' })
  @Min(1, { message: 'must be at least 1' })
  @Max(100, { message: 'must be at most 100' })
  count?: number;
}
