import { Field, ID, ObjectType } from 'type-graphql';
import { Account } from './Account.js';

@ObjectType({
  simpleResolvers: true,
  description: 'The caller of the request and the accounts it may act on.',
})
export class Viewer {
  @Field(() => String, {
    description:
      "Who is calling: the token's name or the JWT's `sub` (a fixed label when caller authentication is off).",
  })
  name!: string;

  @Field(() => [Account], {
    description:
      'The accounts the caller may act on, the default first: its token or JWT scope, or with an all-accounts scope the family the gateway is configured with (at least the reseller account).',
  })
  accounts!: Account[];

  @Field(() => ID, {
    nullable: true,
    description:
      'The account operations act on when they name no `accountId`: the one account of a caller scoped to exactly one, else the reseller account; null when the caller may not act on it (then every operation must name an `accountId`).',
  })
  defaultAccountId!: string | null;
}
