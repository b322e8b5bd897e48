import 'reflect-metadata';
import { runEventService } from '@rescue/messaging';
import { loadConfig, loadEnvFiles } from '@rescue/platform';
import { DispatchConfig } from './config';
import { DispatchModule } from './dispatch.module';

async function main() {
  loadEnvFiles();
  const config = loadConfig(DispatchConfig);
  await runEventService(DispatchModule.forRoot(config), { name: 'dispatch', natsUrl: config.NATS_URL, healthPort: config.DISPATCH_HEALTH_PORT, healthHost: config.HEALTH_BIND_HOST });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
