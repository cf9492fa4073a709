import { ArgsType, Field, ID } from 'type-graphql';
import { IsGuid } from '../inputs/IsGuid.js';

@ArgsType()
export class AccountArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'The Wix account to act on (sent as `wix-account-id`, GUID); defaults to `viewer.defaultAccountId` (the one account of a caller scoped to exactly one, else the reseller account).',
  })
  @IsGuid()
  accountId?: string;
}
