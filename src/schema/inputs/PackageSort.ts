import { Field, InputType } from 'type-graphql';
import { PackageSortField, SortOrder } from '../enums.js';

@InputType({ description: 'One sort key for packages (newest first when no sort is given).' })
export class PackageSort {
  @Field(() => PackageSortField, { description: 'Field to sort by.' })
  field!: PackageSortField;

  @Field(() => SortOrder, { defaultValue: 'ASC', description: 'Direction; ascending by default.' })
  order!: SortOrder;
}
