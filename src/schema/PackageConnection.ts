import { Field, Int, ObjectType } from 'type-graphql';
import type { Filter } from '../wix-api/types.js';
import { Connection } from './Connection.js';
import { Package } from './Package.js';

@ObjectType({ simpleResolvers: true, description: 'One page of packages.' })
export class PackageConnection extends Connection(Package, {
  one: 'package',
  many: 'packages',
  pagesBackward: true,
}) {
  @Field(() => Int, {
    nullable: true,
    description:
      'How many packages match the filter in total (one more Query Packages call, made only when asked for); null when Wix answers that there are too many to count.',
  })
  totalCount?: number;

  /** Filter and account used for `totalCount`, resolved lazily by PackageConnectionResolver. */
  countQuery?: { accountId: string; filter: Filter };
}
