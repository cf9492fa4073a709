export { ProductCatalog, catalogEntry } from './ProductCatalog.js';
export type { CatalogEntry } from './ProductCatalog.js';
export { catalogSettings } from './catalogSettings.js';
export type { CatalogConfig } from './catalogSettings.js';
