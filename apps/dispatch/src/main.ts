import 'reflect-metadata';
import { runEventService } from '@rescue/messaging';
import { Logger } from '@nestjs/common';
import { checkRedisMemoryPolicy, loadConfig, loadEnvFiles } from '@rescue/platform';
import { DispatchConfig } from './config';
import { DispatchModule } from './dispatch.module';

async function main() {
  loadEnvFiles();
  const config = loadConfig(DispatchConfig);
  // BullMQ loses jobs to eviction: say so at start-up if Redis would evict.
  void checkRedisMemoryPolicy(config.REDIS_URL, new Logger('Redis'));
  await runEventService(DispatchModule.forRoot(config), { name: 'dispatch', natsUrl: config.NATS_URL, streamReplicas: config.NATS_STREAM_REPLICAS, healthPort: config.DISPATCH_HEALTH_PORT, healthHost: config.HEALTH_BIND_HOST });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
