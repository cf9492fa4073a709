import { ArgsType, Field, ID } from 'type-graphql';
import { IsGuid } from '../inputs/IsGuid.js';
import { IdempotentArgs } from './IdempotentArgs.js';

@ArgsType()
export class ReassignInstanceArgs extends IdempotentArgs {
  @Field(() => ID, { description: 'The product instance to move (GUID).' })
  @IsGuid()
  instanceId!: string;

  @Field(() => ID, { description: 'The site to move it to (GUID), in the account acted on.' })
  @IsGuid()
  toSiteId!: string;
}
