import { MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { AccountArgs } from './AccountArgs.js';

@ArgsType()
export class IdempotentArgs extends AccountArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Repeating the mutation with the same key (≤ 100 characters) returns the first result instead of changing anything twice.',
  })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  idempotencyKey?: string;
}
