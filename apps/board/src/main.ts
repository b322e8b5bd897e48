import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig, loadEnvFiles } from '@rescue/platform';
import { BoardModule } from './board.module';
import { BoardConfig } from './config';

async function bootstrap() {
  loadEnvFiles();
  const config = loadConfig(BoardConfig);
  const app = await NestFactory.create(BoardModule.forRoot(config));
  app.enableShutdownHooks();
  await app.listen(config.BOARD_PORT, '0.0.0.0');
}

bootstrap().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
