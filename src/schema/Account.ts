import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'A Wix account of the reseller family that the caller may act on.',
})
export class Account {
  @Field(() => ID, {
    description: 'Account ID (GUID, lower case): what `accountId` arguments take.',
  })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The account's name from the gateway's configuration (the caller's token, else the family's accounts file); null when none is configured.",
  })
  name!: string | null;

  @Field(() => Boolean, {
    description: 'Whether operations act on this account when they name no `accountId`.',
  })
  isDefault!: boolean;
}
