import { ArgsType, Field, ID } from 'type-graphql';
import { IsGuid } from '../inputs/IsGuid.js';
import { IdempotentArgs } from './IdempotentArgs.js';

@ArgsType()
export class InstanceArgs extends IdempotentArgs {
  @Field(() => ID, { description: 'The product instance (GUID).' })
  @IsGuid()
  instanceId!: string;
}
