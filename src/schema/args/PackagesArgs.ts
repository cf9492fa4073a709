import { ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { PackageFilter } from '../inputs/PackageFilter.js';
import { PackageSort } from '../inputs/PackageSort.js';
import { TwoWayPageArgs } from './TwoWayPageArgs.js';

@ArgsType()
export class PackagesArgs extends TwoWayPageArgs {
  @Field(() => PackageFilter, { nullable: true, description: 'Which packages to list.' })
  @ValidateNested()
  filter?: PackageFilter;

  @Field(() => [PackageSort], {
    nullable: true,
    description: 'Sort keys, applied in order; newest first when omitted.',
  })
  sort?: PackageSort[];
}
