import { Field, Int, ObjectType } from 'type-graphql';
import type { Filter } from '../wix-api/types.js';
import { Package } from './Package.js';
import { PageInfo } from './PageInfo.js';

@ObjectType({
  simpleResolvers: true,
  description: 'A package in a page of results, with its cursor.',
})
export class PackageEdge {
  @Field(() => String, {
    description:
      'Pass as `after` to continue after this package, or as `before` to page back from it.',
  })
  cursor!: string;

  @Field(() => Package, { description: 'The package.' })
  node!: Package;
}

@ObjectType({ simpleResolvers: true, description: 'One page of packages.' })
export class PackageConnection {
  @Field(() => [PackageEdge], { description: 'The packages of this page with their cursors.' })
  edges!: PackageEdge[];

  @Field(() => [Package], { description: 'The packages of this page, without cursors.' })
  nodes!: Package[];

  @Field(() => PageInfo, {
    description: 'Where this page starts and ends, and whether more lie either side.',
  })
  pageInfo!: PageInfo;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many packages match the filter in total (one more Query Packages call, made only when asked for); null when Wix answers that there are too many to count.',
  })
  totalCount?: number;

  /** Filter and account used for `totalCount`, resolved lazily by PackageConnectionResolver. */
  countQuery?: { accountId: string; filter: Filter };
}
