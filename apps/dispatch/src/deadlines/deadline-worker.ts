import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Worker } from 'bullmq';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';
import { AdvanceChain } from '../escalation/advance-chain';
import { observeDeadlineLag } from './deadline-lag';
import { DEADLINES_QUEUE, DeadlineJob, DeadlinePosition, DeadlineScheduler } from './deadline-scheduler';
import { DeadlineTimers } from './deadline-timers';
import { redisConnection } from '@rescue/platform';

/**
 * A deadline fired (its BullMQ job, or first this replica's timer for it): ask the database to move
 * the chain on if it is still where the deadline left it.
 */
@Injectable()
export class DeadlineWorker implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(DeadlineWorker.name);
  private worker?: Worker<DeadlineJob>;

  constructor(
    @Inject(DISPATCH_CONFIG) private readonly config: DispatchConfig,
    private readonly advance: AdvanceChain,
    private readonly timers: DeadlineTimers,
    private readonly scheduler: DeadlineScheduler,
  ) {}

  onModuleInit() {
    this.timers.onFire((p, dueAt) => void this.fireEarly(p, dueAt));
    this.worker = new Worker<DeadlineJob>(
      DEADLINES_QUEUE,
      async (job) => {
        const { incidentId, role, step, fence, dueAt } = job.data;
        if (await this.advance.execute(incidentId, role, { step, fence }, 'deadline')) observeDeadlineLag('job', dueAt ?? job.timestamp + (job.opts.delay ?? 0));
      },
      { connection: redisConnection(this.config.REDIS_URL), concurrency: 32 },
    );
    this.worker.on('error', () => undefined); // connection errors are retried by ioredis
  }

  /** The timer was first: move the chain, then drop the job (its firing would change nothing). */
  private async fireEarly(p: DeadlinePosition, dueAt: number) {
    try {
      if (await this.advance.execute(p.incidentId, p.role, { step: p.step, fence: p.fence }, 'deadline')) {
        observeDeadlineLag('timer', dueAt);
        await this.scheduler.cancel(p);
      }
    } catch (err) {
      // The BullMQ job is still there and fires a moment later.
      this.logger.warn(`${p.incidentId} ${p.role}: deadline timer failed (${(err as Error).message}); the queued job will retry`);
    }
  }

  async onModuleDestroy() {
    await this.worker?.close();
  }
}
