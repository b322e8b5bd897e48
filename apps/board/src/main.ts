import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { resolve } from 'node:path';
import { loadConfig, loadEnvFiles } from '@rescue/platform';
import { BoardModule } from './board.module';
import { BoardConfig } from './config';
import { consoleHeaders } from './console/console-headers';

async function bootstrap() {
  loadEnvFiles();
  const config = loadConfig(BoardConfig);
  const app = await NestFactory.create<NestExpressApplication>(BoardModule.forRoot(config));
  app.use(consoleHeaders);
  // The console is static files (HTML, ES modules, CSS) served from the source tree: no build step, no CDN.
  app.useStaticAssets(resolve(process.cwd(), config.BOARD_CONSOLE_DIR), { index: 'index.html', maxAge: '5m' });
  app.enableShutdownHooks();
  await app.listen(config.BOARD_PORT, '0.0.0.0');
}

bootstrap().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
