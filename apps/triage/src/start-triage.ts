import { runEventService } from '@rescue/messaging';
import { Running } from '@rescue/platform';
import { TriageConfig } from './config';
import { TriageModule } from './triage.module';

/** Triage, running: its own process (main.ts) or one of the services of RUN_MODE=single. */
export function startTriage(config: TriageConfig): Promise<Running> {
  return runEventService(TriageModule.forRoot(config), { name: 'triage', natsUrl: config.NATS_URL, streamReplicas: config.NATS_STREAM_REPLICAS, healthPort: config.TRIAGE_HEALTH_PORT, healthHost: config.HEALTH_BIND_HOST });
}
