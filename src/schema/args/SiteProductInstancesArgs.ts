import { ArgsType, Field } from 'type-graphql';
import { ProductInstanceStatus } from '../enums.js';

@ArgsType()
export class SiteProductInstancesArgs {
  @Field(() => [ProductInstanceStatus], {
    nullable: true,
    description: 'Only instances in one of these statuses; all statuses when omitted.',
  })
  status?: ProductInstanceStatus[];
}
