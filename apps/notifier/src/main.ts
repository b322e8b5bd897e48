import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { JetStreamServer } from '@rescue/messaging';
import { loadConfig, loadEnvFiles } from '@rescue/platform';
import { NotifierConfig } from './config';
import { NotifierModule } from './notifier.module';

async function bootstrap() {
  loadEnvFiles();
  const config = loadConfig(NotifierConfig);
  const app = await NestFactory.create(NotifierModule.forRoot(config));
  app.connectMicroservice({ strategy: new JetStreamServer({ servers: config.NATS_URL, consumerPrefix: 'notifier' }) });
  app.enableShutdownHooks();
  await app.startAllMicroservices();
  await app.listen(config.NOTIFIER_HEALTH_PORT, '0.0.0.0');
}

bootstrap().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
