import { Field, ObjectType } from 'type-graphql';
import { Package } from './Package.js';
import { PageInfo } from './PageInfo.js';

@ObjectType({
  simpleResolvers: true,
  description: 'A package in a page of results, with its cursor.',
})
export class PackageEdge {
  @Field(() => String, { description: 'Pass as `after` to continue after this package.' })
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

  @Field(() => PageInfo, { description: 'Where this page ends and whether more follow.' })
  pageInfo!: PageInfo;
}
