import type { Options } from 'dataloader';
import { UPSTREAM_PAGE_LIMIT } from '../wix-api/paging.js';

/** Told the size of each batch a loader sends (the DataLoader batch-size metric). */
export type BatchObserver = (loader: string, size: number) => void;

/**
 * DataLoader options of every loader. Batched (the default): one upstream call
 * per batch of at most a page of keys, each key loaded once per request.
 * Naive (`GATEWAY_BATCHING=false`, the benchmark's baseline): one call per key
 * and no cache, so priming from list results does nothing either.
 */
export function loaderOptions<K, V>(batching: boolean): Options<K, V, K> {
  return batching ? { maxBatchSize: UPSTREAM_PAGE_LIMIT } : { batch: false, cache: false };
}
