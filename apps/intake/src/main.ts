import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig, loadEnvFiles } from '@rescue/platform';
import { IntakeConfig } from './config';
import { IntakeModule } from './intake.module';

async function bootstrap() {
  loadEnvFiles();
  const config = loadConfig(IntakeConfig);
  // rawBody: LINE signs the exact bytes it sent. bodyParser limits make oversize bodies a 413.
  const app = await NestFactory.create<NestExpressApplication>(IntakeModule.forRoot(config), {
    rawBody: true,
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: config.TIP_BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: config.TIP_BODY_LIMIT, extended: false });
  app.enableShutdownHooks();
  await app.listen(config.INTAKE_PORT, '0.0.0.0');
}

bootstrap().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
