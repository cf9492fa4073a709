import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './PageInfo.js';
import { Site } from './Site.js';

@ObjectType({ simpleResolvers: true, description: 'A site in a page of results, with its cursor.' })
export class SiteEdge {
  @Field(() => String, { description: 'Pass as `after` to continue after this site.' })
  cursor!: string;

  @Field(() => Site, { description: 'The site.' })
  node!: Site;
}

@ObjectType({ simpleResolvers: true, description: 'One page of sites.' })
export class SiteConnection {
  @Field(() => [SiteEdge], { description: 'The sites of this page with their cursors.' })
  edges!: SiteEdge[];

  @Field(() => [Site], { description: 'The sites of this page, without cursors.' })
  nodes!: Site[];

  @Field(() => PageInfo, {
    description: 'Where this page starts and ends, and whether more lie either side.',
  })
  pageInfo!: PageInfo;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many sites match the filter in total; null when the filter uses `premium`, which Wix cannot count.',
  })
  totalCount?: number;

  /** Filter and account used for `totalCount`, resolved lazily by SiteResolver. */
  countQuery?: { accountId: string; filter: Record<string, unknown> };
}
