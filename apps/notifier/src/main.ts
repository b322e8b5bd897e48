import 'reflect-metadata';
import { runEventService } from '@rescue/messaging';
import { loadConfig, loadEnvFiles } from '@rescue/platform';
import { NotifierConfig } from './config';
import { NotifierModule } from './notifier.module';

async function main() {
  loadEnvFiles();
  const config = loadConfig(NotifierConfig);
  await runEventService(NotifierModule.forRoot(config), { name: 'notifier', natsUrl: config.NATS_URL, healthPort: config.NOTIFIER_HEALTH_PORT, healthHost: config.HEALTH_BIND_HOST });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
