import { Logger } from '@nestjs/common';
import { runEventService } from '@rescue/messaging';
import { checkRedisMemoryPolicy, Running } from '@rescue/platform';
import { DispatchConfig } from './config';
import { DispatchModule } from './dispatch.module';

/** Dispatch, running: its own process (main.ts) or one of the services of RUN_MODE=single. */
export function startDispatch(config: DispatchConfig): Promise<Running> {
  // BullMQ loses jobs to eviction: say so at start-up if Redis would evict.
  void checkRedisMemoryPolicy(config.REDIS_URL, new Logger('Redis'));
  return runEventService(DispatchModule.forRoot(config), { name: 'dispatch', natsUrl: config.NATS_URL, streamReplicas: config.NATS_STREAM_REPLICAS, healthPort: config.DISPATCH_HEALTH_PORT, healthHost: config.HEALTH_BIND_HOST });
}
