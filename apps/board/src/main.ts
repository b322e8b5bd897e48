import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { checkRedisMemoryPolicy, loadConfig, loadEnvFiles, serveMetrics } from '@rescue/platform';
import { BoardConfig } from './config';
import { createBoardApp } from './create-board-app';

async function bootstrap() {
  loadEnvFiles();
  const config = loadConfig(BoardConfig);
  // The retention schedule is a BullMQ job: say so at start-up if Redis would evict.
  void checkRedisMemoryPolicy(config.REDIS_URL, new Logger('Redis'));
  const app = await createBoardApp(config);
  app.enableShutdownHooks();
  await serveMetrics(config.BOARD_HEALTH_PORT, config.HEALTH_BIND_HOST);
  await app.listen(config.BOARD_PORT, config.BOARD_BIND_HOST);
}

bootstrap().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
