import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { JetStreamServer } from '@rescue/messaging';
import { loadConfig, loadEnvFiles } from '@rescue/platform';
import { DispatchConfig } from './config';
import { DispatchModule } from './dispatch.module';

async function bootstrap() {
  loadEnvFiles();
  const config = loadConfig(DispatchConfig);
  const app = await NestFactory.create(DispatchModule.forRoot(config));
  app.connectMicroservice({ strategy: new JetStreamServer({ servers: config.NATS_URL, consumerPrefix: 'dispatch' }) });
  app.enableShutdownHooks();
  await app.startAllMicroservices();
  await app.listen(config.DISPATCH_HEALTH_PORT, '0.0.0.0');
}

bootstrap().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
