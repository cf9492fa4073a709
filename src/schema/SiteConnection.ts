import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from './Connection.js';
import { Site } from './Site.js';

@ObjectType({ simpleResolvers: true, description: 'One page of sites.' })
export class SiteConnection extends Connection(Site, {
  one: 'site',
  many: 'sites',
  pagesBackward: false,
}) {
  @Field(() => Int, {
    nullable: true,
    description:
      'How many sites match the filter in total; null when the filter uses `premium`, which Wix cannot count.',
  })
  totalCount?: number;

  /** Filter and account used for `totalCount`, resolved lazily by SiteConnectionResolver. */
  countQuery?: { accountId: string; filter: Record<string, unknown> };
}
