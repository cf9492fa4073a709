export { CatalogProductResolver } from './CatalogProductResolver.js';
export { InstanceMutations } from './InstanceMutations.js';
export { PackageConnectionResolver } from './PackageConnectionResolver.js';
export { PackageMutations } from './PackageMutations.js';
export { PackageResolver } from './PackageResolver.js';
export {
  PackageSubscription,
  type PackageStatusSource,
  type SubscriptionContext,
} from './PackageSubscription.js';
export { ProductInstanceResolver } from './ProductInstanceResolver.js';
export { ReassignInstanceMutation } from './ReassignInstanceMutation.js';
export { ReassignInstancePayloadResolver } from './ReassignInstancePayloadResolver.js';
export { SiteConnectionResolver } from './SiteConnectionResolver.js';
export { SiteResolver } from './SiteResolver.js';
export { SiteTransferBlockersResolver } from './SiteTransferBlockersResolver.js';
export { SiteTransferMutations } from './SiteTransferMutations.js';
export { ViewerResolver } from './ViewerResolver.js';
