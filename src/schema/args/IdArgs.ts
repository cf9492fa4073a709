import { ArgsType, Field, ID } from 'type-graphql';
import { IsGuid } from '../inputs/IsGuid.js';
import { AccountArgs } from './AccountArgs.js';

@ArgsType()
export class IdArgs extends AccountArgs {
  @Field(() => ID, { description: 'The ID (GUID).' })
  @IsGuid()
  id!: string;
}
