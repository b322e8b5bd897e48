import IORedis from 'ioredis';

export interface WarningLogger {
  log(message: string): void;
  warn(message: string): void;
}

/**
 * What to say about Redis's `maxmemory-policy`, from the answer to `CONFIG GET maxmemory-policy`
 * (or the error it raised). BullMQ keeps deadline and delivery jobs as ordinary keys: under any
 * policy but `noeviction` a full Redis silently drops them (a missed escalation), instead of
 * refusing writes, which the services see and retry.
 */
export function memoryPolicyNotice(answer: { reply: unknown } | { error: Error }): { level: 'log' | 'warn'; message: string } {
  if ('error' in answer) {
    // Managed Redis (ElastiCache, Memorystore, ...) and deploy/redis.conf refuse CONFIG to clients.
    return {
      level: 'log',
      message: `cannot read Redis maxmemory-policy (CONFIG not permitted here: ${answer.error.message}); make sure it is noeviction, as BullMQ requires`,
    };
  }
  const reply = answer.reply;
  const policy = Array.isArray(reply) && reply.length >= 2 ? String(reply[1]) : undefined;
  if (policy === 'noeviction') return { level: 'log', message: 'Redis maxmemory-policy is noeviction' };
  return {
    level: 'warn',
    message: `Redis maxmemory-policy is ${policy ?? 'unknown'}, not noeviction: when Redis fills up it will evict BullMQ jobs (deadlines, deliveries) and escalations will be missed. Set maxmemory-policy noeviction (deploy/redis.conf)`,
  };
}

/**
 * Reads the policy once at start-up and logs what memoryPolicyNotice says. Never holds the start-up
 * up or fails it: a Redis that does not answer in time is the services' own retry logic's business.
 */
export async function checkRedisMemoryPolicy(url: string, logger: WarningLogger, timeoutMs = 5_000): Promise<void> {
  const redis = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: timeoutMs, retryStrategy: () => null });
  redis.on('error', () => undefined); // the answer (or its absence) is reported below
  try {
    await redis.connect();
    const reply = await redis.config('GET', 'maxmemory-policy');
    report(logger, memoryPolicyNotice({ reply }));
  } catch (err) {
    if (err instanceof Error && /unknown command|NOPERM|no permissions/i.test(err.message)) report(logger, memoryPolicyNotice({ error: err }));
    else logger.warn(`could not check Redis maxmemory-policy: ${err instanceof Error ? err.message : err}`);
  } finally {
    redis.disconnect();
  }
}

function report(logger: WarningLogger, notice: { level: 'log' | 'warn'; message: string }): void {
  if (notice.level === 'warn') logger.warn(notice.message);
  else logger.log(notice.message);
}
