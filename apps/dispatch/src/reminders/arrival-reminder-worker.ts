import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Worker } from 'bullmq';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';
import { redisConnection } from '@rescue/platform';
import { AcceptedRole, REMINDERS_QUEUE } from './arrival-reminders';
import { SendArrivalReminder } from './send-arrival-reminder';

@Injectable()
export class ArrivalReminderWorker implements OnModuleInit, OnModuleDestroy {
  private worker?: Worker<AcceptedRole>;

  constructor(
    @Inject(DISPATCH_CONFIG) private readonly config: DispatchConfig,
    private readonly send: SendArrivalReminder,
  ) {}

  onModuleInit() {
    this.worker = new Worker<AcceptedRole>(REMINDERS_QUEUE, (job) => this.send.execute(job.data), {
      connection: redisConnection(this.config.REDIS_URL),
      concurrency: 8,
    });
    this.worker.on('error', () => undefined); // connection errors are retried by ioredis
  }

  async onModuleDestroy() {
    await this.worker?.close();
  }
}
