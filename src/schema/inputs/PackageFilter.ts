import { ArrayMaxSize, MaxLength } from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { ProductInstanceStatus } from '../enums.js';
import { IsGuid } from './IsGuid.js';

@InputType({ description: 'Which packages to list. All given conditions must hold.' })
export class PackageFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these packages (GUIDs, at most 100).' })
  @IsGuid({ each: true })
  @ArrayMaxSize(100, { message: 'must list at most 100 IDs' })
  ids?: string[];

  @Field(() => [ID], {
    nullable: true,
    description:
      'Only packages owned by these accounts (GUIDs); packages of the whole account family are listed otherwise.',
  })
  @IsGuid({ each: true })
  accountIds?: string[];

  @Field(() => String, { nullable: true, description: "The reseller's external ID equals this." })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  externalId?: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Holding an instance assigned to one of these sites (GUIDs).',
  })
  @IsGuid({ each: true })
  siteIds?: string[];

  @Field(() => [ProductInstanceStatus], {
    nullable: true,
    description: 'Holding an instance in one of these statuses.',
  })
  statuses?: ProductInstanceStatus[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Holding an instance of one of these catalog products (GUIDs).',
  })
  @IsGuid({ each: true })
  catalogProductIds?: string[];

  @Field(() => DateTimeResolver, { nullable: true, description: 'Created at or after this time.' })
  createdAfter?: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Created before this time.' })
  createdBefore?: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Changed at or after this time.' })
  updatedAfter?: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Changed before this time.' })
  updatedBefore?: Date;
}
