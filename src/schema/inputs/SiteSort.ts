import { Field, InputType } from 'type-graphql';
import { SiteSortField, SortOrder } from '../enums.js';

@InputType({ description: 'One sort key for sites.' })
export class SiteSort {
  @Field(() => SiteSortField, { description: 'Field to sort by.' })
  field!: SiteSortField;

  @Field(() => SortOrder, { defaultValue: 'ASC', description: 'Direction; ascending by default.' })
  order!: SortOrder;
}
