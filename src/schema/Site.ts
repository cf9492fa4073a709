import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { EditorType, SiteNamespace } from './enums.js';

@ObjectType({
  simpleResolvers: true,
  description:
    'A Wix site owned by an account. Paid services reach a site as product instances assigned to it.',
})
export class Site {
  @Field(() => ID, { description: 'Site ID (GUID), also called the metasite ID.' })
  id!: string;

  @Field(() => String, { description: 'Site name, as used in its free URL.' })
  name!: string;

  @Field(() => String, { description: 'Display name, e.g. in the browser tab and the dashboard.' })
  displayName!: string;

  @Field(() => DateTimeResolver, { description: 'When the site was created.' })
  createdDate!: Date;

  @Field(() => DateTimeResolver, {
    description: 'When the site last changed; its creation time when Wix does not say.',
  })
  updatedDate!: Date;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When the site was moved to the trash; null unless trashed.',
  })
  trashedDate?: Date;

  @Field(() => Boolean, { description: 'Whether the site is published.' })
  published!: boolean;

  @Field(() => Boolean, { description: 'Whether the site has a paid Premium plan.' })
  premium!: boolean;

  @Field(() => String, { description: 'Live URL; empty while unpublished.' })
  viewUrl!: string;

  @Field(() => String, { description: 'Editor URL (relative to the Wix domain).' })
  editUrl!: string;

  @Field(() => String, { nullable: true, description: 'Thumbnail path, when Wix has one.' })
  thumbnail?: string;

  @Field(() => ID, { description: 'The account that owns the site; changes after a transfer.' })
  ownerAccountId!: string;

  @Field(() => [ID], { description: 'Accounts that contribute to the site.' })
  contributorAccountIds!: string[];

  @Field(() => EditorType, { description: 'The editor the site was built with.' })
  editorType!: EditorType;

  @Field(() => Boolean, { description: 'Whether Wix blocked the site for legal reasons.' })
  blocked!: boolean;

  @Field(() => ID, { nullable: true, description: 'Folder holding the site; null at root level.' })
  folderId?: string;

  @Field(() => SiteNamespace, { description: 'The Wix product that created the site.' })
  namespace!: SiteNamespace;

  @Field(() => Boolean, { description: 'Whether a domain is connected to the site.' })
  domainConnected!: boolean;

  @Field(() => ID, { nullable: true, description: 'HTML app ID of the site.' })
  htmlAppId?: string;

  /** The account the site was read under; nested reads use the same one. */
  readAccountId!: string;

  /**
   * The account its packages are queried under: the one the operation acts
   * on. Query Packages spans that account's whole family, so the sites of
   * several owning accounts share one call.
   */
  packagesAccountId!: string;
}
