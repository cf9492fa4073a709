import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description:
    'Where a page of a connection starts and ends, and whether more items lie either side.',
})
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether another page follows this one.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description:
      'Whether items precede this page: false on the first page of the list (and, paging backward, when nothing is left before it).',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Pass as `before` to get the previous page, on connections that take `before`; null when the page is empty.',
  })
  startCursor?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` to get the next page; null when the page is empty.',
  })
  endCursor?: string;
}
