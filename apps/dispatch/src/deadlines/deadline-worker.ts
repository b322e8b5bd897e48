import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Worker } from 'bullmq';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';
import { AdvanceChain } from '../escalation/advance-chain';
import { DEADLINES_QUEUE, DeadlinePosition } from './deadline-scheduler';
import { redisConnection } from './redis-connection';

/** A deadline fired: ask the database to move the chain on if it is still where the job left it. */
@Injectable()
export class DeadlineWorker implements OnModuleInit, OnModuleDestroy {
  private worker?: Worker<DeadlinePosition>;

  constructor(
    @Inject(DISPATCH_CONFIG) private readonly config: DispatchConfig,
    private readonly advance: AdvanceChain,
  ) {}

  onModuleInit() {
    this.worker = new Worker<DeadlinePosition>(
      DEADLINES_QUEUE,
      async (job) => {
        const { incidentId, role, step, fence } = job.data;
        await this.advance.execute(incidentId, role, { step, fence }, 'deadline');
      },
      { connection: redisConnection(this.config.REDIS_URL), concurrency: 32 },
    );
    this.worker.on('error', () => undefined); // connection errors are retried by ioredis
  }

  async onModuleDestroy() {
    await this.worker?.close();
  }
}
