import { Field, ObjectType } from 'type-graphql';
import { Package } from '../Package.js';

@ObjectType({
  simpleResolvers: true,
  description: 'Result of a package mutation: the package as Wix holds it afterwards.',
})
export class PackagePayload {
  @Field(() => Package, { description: 'The package after the change.' })
  package!: Package;
}
