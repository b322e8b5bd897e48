import { Logger } from '@nestjs/common';
import { runEventService } from '@rescue/messaging';
import { checkRedisMemoryPolicy, Running } from '@rescue/platform';
import { NotifierConfig } from './config';
import { NotifierModule } from './notifier.module';

/** Notifier, running: its own process (main.ts) or one of the services of RUN_MODE=single. */
export function startNotifier(config: NotifierConfig): Promise<Running> {
  // BullMQ loses jobs to eviction: say so at start-up if Redis would evict.
  void checkRedisMemoryPolicy(config.REDIS_URL, new Logger('Redis'));
  return runEventService(NotifierModule.forRoot(config), { name: 'notifier', natsUrl: config.NATS_URL, streamReplicas: config.NATS_STREAM_REPLICAS, healthPort: config.NOTIFIER_HEALTH_PORT, healthHost: config.HEALTH_BIND_HOST });
}
