import { Logger } from '@nestjs/common';
import { checkRedisMemoryPolicy, closeServer, Running, serveMetrics } from '@rescue/platform';
import { BoardConfig } from './config';
import { createBoardApp } from './create-board-app';

/** The board, running: its own process (main.ts) or one of the services of RUN_MODE=single. */
export async function startBoard(config: BoardConfig): Promise<Running> {
  // The retention schedule is a BullMQ job: say so at start-up if Redis would evict.
  void checkRedisMemoryPolicy(config.REDIS_URL, new Logger('Redis'));
  const app = await createBoardApp(config);
  const metrics = await serveMetrics(config.BOARD_HEALTH_PORT, config.HEALTH_BIND_HOST);
  await app.listen(config.BOARD_PORT, config.BOARD_BIND_HOST);
  return {
    async close() {
      await app.close();
      await closeServer(metrics);
    },
  };
}
