import { Field, ObjectType } from 'type-graphql';
import { Site } from '../Site.js';

@ObjectType({ simpleResolvers: true, description: 'Result of a site transfer.' })
export class TransferSitePayload {
  @Field(() => Site, {
    description:
      'The site, re-read under the account that received it (`ownerAccountId` is the new owner).',
  })
  site!: Site;
}
