import { MaxLength } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { AccountArgs } from './AccountArgs.js';

/**
 * Room for the cursors the gateway issues: one holds up to two Wix cursors
 * (next and prev), and a Wix cursor may carry its query's filter (the
 * emulator's do), so a filter of 100 IDs makes a gateway cursor of ~15 kB.
 */
export const MAX_CURSOR_LENGTH = 32_768;

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
