import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsGuid } from './IsGuid.js';

@InputType({ description: "Moves a site from one account of the reseller's family to another." })
export class TransferSiteInput {
  @Field(() => ID, { description: 'The site to transfer (GUID).' })
  @IsGuid()
  siteId!: string;

  @Field(() => ID, {
    description:
      'The account receiving the site (GUID): the main account or one of its sub-accounts.',
  })
  @IsGuid()
  toAccountId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The account holding the site now (GUID); defaults to `viewer.defaultAccountId`.',
  })
  @IsGuid()
  fromAccountId?: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: "E-mail the site's owner after a successful transfer.",
  })
  notifyOwner?: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Repeating the transfer with the same key (≤ 100 characters) returns the first result instead of transferring again.',
  })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  idempotencyKey?: string;
}
