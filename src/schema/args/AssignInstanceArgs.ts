import { ArgsType, Field, ID } from 'type-graphql';
import { IsGuid } from '../inputs/IsGuid.js';
import { InstanceArgs } from './InstanceArgs.js';

@ArgsType()
export class AssignInstanceArgs extends InstanceArgs {
  @Field(() => ID, {
    description: 'The site to assign it to (GUID); an assigned instance moves directly.',
  })
  @IsGuid()
  siteId!: string;
}
