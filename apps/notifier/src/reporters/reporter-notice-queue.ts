import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { NOTIFIER_CONFIG, NotifierConfig } from '../config';

export interface ReporterNoticeJob {
  /** Deterministic: the BullMQ job id and the LINE retry key derive from it. */
  noticeId: string;
  incidentId: string;
  channel: 'line' | 'sms';
  /** Sealed contact: Redis never holds a reporter's number or LINE id in clear. */
  reporterSealed: string;
  reporterKey: string;
  text: string;
  /** Set once the provider accepted the SMS, so a retry of the job never sends it again. */
  providerMessageId?: string;
}

export const REPORTER_NOTICE_QUEUE = 'deliveries-reporters';

/** Messages to members of the public about their case, with retries like alerts, apart from alerts. */
@Injectable()
export class ReporterNoticeQueue implements OnModuleDestroy {
  readonly connection: IORedis;
  readonly queue: Queue<ReporterNoticeJob>;

  constructor(@Inject(NOTIFIER_CONFIG) config: NotifierConfig) {
    this.connection = new IORedis(config.REDIS_URL, { maxRetriesPerRequest: null });
    this.queue = new Queue(REPORTER_NOTICE_QUEUE, {
      connection: this.connection,
      defaultJobOptions: {
        attempts: config.DELIVERY_ATTEMPTS,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: { age: 7 * 24 * 3600 },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    });
  }

  /** A notice already queued (same id) is not queued again. */
  async enqueue(job: ReporterNoticeJob): Promise<void> {
    await this.queue.add('reporter-notice', job, { jobId: job.noticeId });
  }

  async onModuleDestroy() {
    await this.queue.close();
    this.connection.disconnect();
  }
}
