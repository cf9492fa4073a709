import { ArgsType, Field, ID } from 'type-graphql';
import { IsGuid } from '../inputs/IsGuid.js';
import { IdempotentArgs } from './IdempotentArgs.js';

@ArgsType()
export class CancelPackageArgs extends IdempotentArgs {
  @Field(() => ID, { description: 'The package to cancel (GUID).' })
  @IsGuid()
  id!: string;
}
