import { Length } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { IsGuid } from '../inputs/IsGuid.js';
import { IsPathSafe } from '../inputs/IsPathSafe.js';
import { AccountArgs } from './AccountArgs.js';

@ArgsType()
export class UpdatePackageExternalIdArgs extends AccountArgs {
  @Field(() => ID, { description: 'The package (GUID).' })
  @IsGuid()
  id!: string;

  @Field(() => String, {
    description:
      "The reseller's new reference (1 to 100 characters; not `.` or `..`, no control characters: it travels in the upstream URL path).",
  })
  @Length(1, 100, { message: 'must be 1 to 100 characters' })
  @IsPathSafe()
  externalId!: string;
}
