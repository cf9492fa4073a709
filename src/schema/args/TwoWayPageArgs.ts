import { MaxLength } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_CURSOR_LENGTH, PageArgs } from './PageArgs.js';

/** Paging arguments of a connection whose upstream also pages backward (Wix `prev` cursors). */
@ArgsType()
export class TwoWayPageArgs extends PageArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'Page backward: this many items before `before` (1 to the configured maximum; the default page size when omitted with `before`). Needs `before`, and cannot be combined with `first` or `after`: Wix lists can only be entered from their start, so to read from the end, reverse the sort and pass `first`.',
  })
  last?: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Return the items before this cursor (a `startCursor` or edge `cursor` of an earlier page, queried with the same filter and sort).',
  })
  @MaxLength(MAX_CURSOR_LENGTH, { message: `must be at most ${MAX_CURSOR_LENGTH} characters` })
  before?: string;
}
