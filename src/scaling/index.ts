export { createRedisClient, type RedisClientOptions } from './createRedisClient.js';
export { createSharedStores, type SharedStores } from './createSharedStores.js';
export { RedisKeyValueCache } from './RedisKeyValueCache.js';
