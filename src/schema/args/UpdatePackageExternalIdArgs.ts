import { Length } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { IsGuid } from '../inputs/IsGuid.js';
import { AccountArgs } from './AccountArgs.js';

@ArgsType()
export class UpdatePackageExternalIdArgs extends AccountArgs {
  @Field(() => ID, { description: 'The package (GUID).' })
  @IsGuid()
  id!: string;

  @Field(() => String, { description: "The reseller's new reference (1 to 100 characters)." })
  @Length(1, 100, { message: 'must be 1 to 100 characters' })
  externalId!: string;
}
