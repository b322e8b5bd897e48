import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { redisConnection } from '@rescue/platform';
import { BOARD_CONFIG, BoardConfig } from '../config';
import { EraseExpiredReporterDetails } from './erase-expired-reporter-details';

export const RETENTION_QUEUE = 'reporter-retention';
const DAY_MS = 86_400_000;

/**
 * Runs the retention once a day, as a BullMQ job scheduler: one run a day whatever the number of
 * board replicas, and a run missed while the board was down is made when it is back.
 */
@Injectable()
export class ReporterRetentionSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReporterRetentionSchedule.name);
  private queue?: Queue;
  private worker?: Worker;

  constructor(
    @Inject(BOARD_CONFIG) private readonly config: BoardConfig,
    private readonly retention: EraseExpiredReporterDetails,
  ) {}

  async onApplicationBootstrap() {
    this.queue = new Queue(RETENTION_QUEUE, { connection: redisConnection(this.config.REDIS_URL) });
    this.worker = new Worker(RETENTION_QUEUE, () => this.retention.execute(), { connection: redisConnection(this.config.REDIS_URL) });
    this.worker.on('failed', (_job, err) => this.logger.error(`reporter retention run failed (retried tomorrow): ${err.message}`));
    // Not awaited: the board serves even while Redis is down; the schedule is set once it is back.
    this.queue
      .upsertJobScheduler('daily', { every: DAY_MS }, { name: 'erase-expired', opts: { removeOnComplete: 30, removeOnFail: 30 } })
      .catch((err: Error) => this.logger.error(`reporter retention not scheduled: ${err.message}`));
  }

  async onApplicationShutdown() {
    await this.worker?.close();
    await this.queue?.close();
  }
}
