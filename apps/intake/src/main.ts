import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, NestExpressApplication } from '@nestjs/platform-express';
import { JetStreamServer } from '@rescue/messaging';
import { loadConfig, loadEnvFiles, serveMetrics, strictExpress } from '@rescue/platform';
import { IntakeConfig } from './config';
import { IntakeModule } from './intake.module';

async function bootstrap() {
  loadEnvFiles();
  const config = loadConfig(IntakeConfig);
  // rawBody: LINE signs the exact bytes it sent. bodyParser limits make oversize bodies a 413.
  // Routes match exactly as declared (case and trailing slash), with no banner and no ETags.
  const app = await NestFactory.create<NestExpressApplication>(IntakeModule.forRoot(config), new ExpressAdapter(strictExpress()), {
    rawBody: true,
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: config.TIP_BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: config.TIP_BODY_LIMIT, extended: false });
  // Intake also consumes the LINE events it stored (handled after LINE had its 200).
  app.connectMicroservice({ strategy: new JetStreamServer({ servers: config.NATS_URL, streamReplicas: config.NATS_STREAM_REPLICAS, consumerPrefix: 'intake' }) });
  app.enableShutdownHooks();
  await app.init();
  // The consumer waits for NATS as long as it takes; the HTTP edge must not (it answers 503 meanwhile).
  app.startAllMicroservices().catch((err) => {
    new Logger('intake').error(`LINE event consumer failed: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  });
  await serveMetrics(config.INTAKE_HEALTH_PORT, config.HEALTH_BIND_HOST);
  await app.listen(config.INTAKE_PORT, config.INTAKE_BIND_HOST);
}

bootstrap().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
