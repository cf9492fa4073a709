import { ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { CreatePackageInput } from '../inputs/CreatePackageInput.js';
import { AccountArgs } from './AccountArgs.js';

@ArgsType()
export class CreatePackageArgs extends AccountArgs {
  @Field(() => CreatePackageInput, { description: 'The package to create.' })
  @ValidateNested()
  input!: CreatePackageInput;
}
