import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { AlertRaised, DeliveryChannel } from '@rescue/contracts';
import { NOTIFIER_CONFIG, NotifierConfig } from '../config';

export interface DeliveryJob {
  alert: AlertRaised;
  /** Set once the provider accepted the message, so a retry of the job never sends it twice. */
  providerMessageId?: string;
}

export const queueName = (channel: DeliveryChannel) => `deliveries-${channel}`;

/**
 * One BullMQ queue per provider. The job id is the alert id, so an alert raised twice (a redelivered
 * event, two dispatch replicas) is delivered once.
 */
@Injectable()
export class DeliveryQueues implements OnModuleDestroy {
  readonly connection: IORedis;
  private readonly queues: Record<DeliveryChannel, Queue<DeliveryJob>>;

  constructor(@Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig) {
    this.connection = new IORedis(config.REDIS_URL, { maxRetriesPerRequest: null });
    const options = {
      connection: this.connection,
      defaultJobOptions: {
        attempts: config.DELIVERY_ATTEMPTS,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: { age: 24 * 3600 },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    };
    this.queues = { sms: new Queue(queueName('sms'), options), line: new Queue(queueName('line'), options) };
  }

  async enqueue(alert: AlertRaised): Promise<void> {
    await this.queues[alert.channel].add(alert.kind, { alert }, { jobId: alert.alertId, priority: alert.kind === 'page' ? 1 : 5 });
  }

  async onModuleDestroy() {
    await Promise.all(Object.values(this.queues).map((q) => q.close()));
    this.connection.disconnect();
  }
}
