export { InstanceMutations } from './InstanceMutations.js';
export { PackageMutations } from './PackageMutations.js';
export { PackageResolver } from './PackageResolver.js';
export { ProductInstanceResolver } from './ProductInstanceResolver.js';
export { ReassignInstanceMutation } from './ReassignInstanceMutation.js';
export { SiteConnectionResolver } from './SiteConnectionResolver.js';
export { SiteResolver } from './SiteResolver.js';
export { SiteTransferMutations } from './SiteTransferMutations.js';
