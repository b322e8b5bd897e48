import 'reflect-metadata';
import { runEventService } from '@rescue/messaging';
import { loadConfig, loadEnvFiles } from '@rescue/platform';
import { TriageConfig } from './config';
import { TriageModule } from './triage.module';

async function main() {
  loadEnvFiles();
  const config = loadConfig(TriageConfig);
  await runEventService(TriageModule.forRoot(config), { name: 'triage', natsUrl: config.NATS_URL, streamReplicas: config.NATS_STREAM_REPLICAS, healthPort: config.TRIAGE_HEALTH_PORT, healthHost: config.HEALTH_BIND_HOST });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
