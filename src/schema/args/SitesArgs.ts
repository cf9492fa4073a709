import { ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { SiteFilter } from '../inputs/SiteFilter.js';
import { SiteSort } from '../inputs/SiteSort.js';
import { PageArgs } from './PageArgs.js';

@ArgsType()
export class SitesArgs extends PageArgs {
  @Field(() => SiteFilter, { nullable: true, description: 'Which sites to list.' })
  @ValidateNested()
  filter?: SiteFilter;

  @Field(() => [SiteSort], { nullable: true, description: 'Sort keys, applied in order.' })
  sort?: SiteSort[];
}
