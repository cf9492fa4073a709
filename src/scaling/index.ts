export { createRedisClient, type RedisClientOptions } from './createRedisClient.js';
export { createSharedStores, type SharedStores } from './createSharedStores.js';
export { RedisKeyValueCache } from './RedisKeyValueCache.js';
export { InMemoryPollCoordinator, type PollCoordinator, type PollTurn } from './PollCoordinator.js';
export { RedisPollCoordinator } from './RedisPollCoordinator.js';
