import { MaxLength } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { AccountArgs } from './AccountArgs.js';

/** Longer than any cursor the gateway issues. */
export const MAX_CURSOR_LENGTH = 4096;

@ArgsType()
export class PageArgs extends AccountArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'Page size: 1 to the configured maximum (100 by default); the default page size is 20.',
  })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Return the items after this cursor (an `endCursor` or edge `cursor` of an earlier page, queried with the same filter and sort).',
  })
  @MaxLength(MAX_CURSOR_LENGTH, { message: `must be at most ${MAX_CURSOR_LENGTH} characters` })
  after?: string;
}
