import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { EditorType, SiteNamespace } from '../enums.js';
import { IsGuid } from './IsGuid.js';

@InputType({ description: 'Which sites to list. All given conditions must hold.' })
export class SiteFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these sites (GUIDs, at most 100).' })
  @IsGuid({ each: true })
  @ArrayMaxSize(100, { message: 'must list at most 100 IDs' })
  ids?: string[];

  @Field(() => String, {
    nullable: true,
    description:
      "Search: sites whose display name, name (the slug in the site's URL) or connected domain contains this text (Wix's `searchPhrase` filter; ≤ 200 characters).",
  })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  search?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The same search as `search`, not a match on the slug alone: Wix documents its `name` filter as searching display names and domains too (≤ 200 characters). Prefer `search`.',
  })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  name?: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The site's name, the slug in its URL (not the display name), starts with this (case-insensitive; ≤ 200 characters).",
  })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  nameStartsWith?: string;

  @Field(() => Boolean, { nullable: true, description: 'Published (true) or not (false).' })
  published?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Has a Premium plan (true) or not (false). Disables `totalCount`.',
  })
  premium?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Has a connected domain (true) or not.' })
  domainConnected?: boolean;

  @Field(() => [EditorType], { nullable: true, description: 'Built with one of these editors.' })
  editorTypes?: EditorType[];

  @Field(() => [SiteNamespace], {
    nullable: true,
    description: 'In one of these namespaces; Wix lists WIX sites when omitted.',
  })
  namespaces?: SiteNamespace[];
}
