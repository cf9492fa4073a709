export { billingInfoToWix } from './billingInfoToWix.js';
export { toPackage } from './toPackage.js';
export { toProductInstance } from './toProductInstance.js';
export { toSite } from './toSite.js';
export { packageFilterToWix } from './packageFilterToWix.js';
export { siteFilterToWix } from './siteFilterToWix.js';
export { toCatalogProduct } from './toCatalogProduct.js';
