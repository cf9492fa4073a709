import { ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { TransferSiteInput } from '../inputs/TransferSiteInput.js';

@ArgsType()
export class TransferSiteArgs {
  @Field(() => TransferSiteInput, {
    description: 'The transfer. The account acted on is `toAccountId`, so there is no `accountId`.',
  })
  @ValidateNested()
  input!: TransferSiteInput;
}
