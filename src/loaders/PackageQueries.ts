import type { ResellersApi } from '../datasources/index.js';

/**
 * What the package loaders read with: Query Packages alone, so the access
 * layer can hand them a version confined to the caller's accounts.
 */
export type PackageQueries = Pick<ResellersApi, 'queryPackages'>;
