import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, NestExpressApplication } from '@nestjs/platform-express';
import { JetStreamServer } from '@rescue/messaging';
import { closeServer, Running, serveMetrics, strictExpress } from '@rescue/platform';
import { IntakeConfig } from './config';
import { IntakeModule } from './intake.module';
import { intakeMetrics } from './intake-metrics';

/** Intake, running: its own process (main.ts) or one of the services of RUN_MODE=single. */
export async function startIntake(config: IntakeConfig): Promise<Running> {
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
  await app.init();
  // The consumer waits for NATS as long as it takes; the HTTP edge must not (it answers 503 meanwhile).
  // Should it fail, the process ends (all of it in RUN_MODE=single) so that its supervisor restarts it whole.
  app.startAllMicroservices().catch((err) => {
    new Logger('intake').error(`LINE event consumer failed: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  });
  const metrics = await serveMetrics(config.INTAKE_HEALTH_PORT, config.HEALTH_BIND_HOST, intakeMetrics);
  await app.listen(config.INTAKE_PORT, config.INTAKE_BIND_HOST);
  return {
    async close() {
      await app.close();
      await closeServer(metrics);
    },
  };
}
