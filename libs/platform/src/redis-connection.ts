import IORedis from 'ioredis';

/** BullMQ workers need `maxRetriesPerRequest: null` so blocking commands survive reconnects. */
export function redisConnection(url: string): IORedis {
  return new IORedis(url, { maxRetriesPerRequest: null });
}
