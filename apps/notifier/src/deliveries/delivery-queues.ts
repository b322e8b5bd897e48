import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import DataLoader from 'dataloader';
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
 * event, two dispatch replicas) is delivered once. Alerts raised at the same moment (an incident's
 * pages arrive together) are added in one round trip (addBulk, batched by DataLoader).
 */
@Injectable()
export class DeliveryQueues implements OnModuleDestroy {
  readonly connection: IORedis;
  private readonly queues: Record<DeliveryChannel, Queue<DeliveryJob>>;
  private readonly adds: Record<DeliveryChannel, DataLoader<AlertRaised, true>>;

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
    const adder = (channel: DeliveryChannel) =>
      new DataLoader<AlertRaised, true>(
        async (alerts) => {
          await this.queues[channel].addBulk(
            alerts.map((alert) => ({ name: alert.kind, data: { alert }, opts: { jobId: alert.alertId, priority: alert.kind === 'page' ? 1 : 5 } })),
          );
          return alerts.map(() => true as const);
        },
        { cache: false, maxBatchSize: 100, batchScheduleFn: (run) => setImmediate(run) },
      );
    this.adds = { sms: adder('sms'), line: adder('line') };
  }

  async enqueue(alert: AlertRaised): Promise<void> {
    await this.adds[alert.channel].load(alert);
  }

  async onModuleDestroy() {
    await Promise.all(Object.values(this.queues).map((q) => q.close()));
    this.connection.disconnect();
  }
}
