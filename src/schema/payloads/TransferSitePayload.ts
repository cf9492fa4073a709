import { Field, ID, ObjectType } from 'type-graphql';
import { Site } from '../Site.js';

@ObjectType({ simpleResolvers: true, description: 'Result of a site transfer.' })
export class TransferSitePayload {
  @Field(() => Site, {
    description:
      'The site, re-read under the account that received it (`ownerAccountId` is the new owner).',
  })
  site!: Site;

  @Field(() => ID, {
    description:
      'The account the site was transferred from: a client evicts what it cached of the site under that account.',
  })
  previousOwnerAccountId!: string;
}
