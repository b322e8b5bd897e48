import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { JetStreamServer } from '@rescue/messaging';
import { loadConfig, loadEnvFiles } from '@rescue/platform';
import { TriageConfig } from './config';
import { TriageModule } from './triage.module';

async function bootstrap() {
  loadEnvFiles();
  const config = loadConfig(TriageConfig);
  const app = await NestFactory.create(TriageModule.forRoot(config));
  app.connectMicroservice({ strategy: new JetStreamServer({ servers: config.NATS_URL, consumerPrefix: 'triage' }) });
  app.enableShutdownHooks();
  await app.startAllMicroservices();
  await app.listen(config.TRIAGE_HEALTH_PORT, '0.0.0.0');
}

bootstrap().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
