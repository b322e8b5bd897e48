import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AlertDelivery, Subjects } from '@rescue/contracts';
import { digestId, JetStreamPublisher } from '@rescue/messaging';

/**
 * What the notifier learnt about deliveries (LINE accepted a push, a delivery failed for good), as
 * `alerts.deliveries` facts: the reports of 20 ms go out as one message, since each page brings one
 * and a message each was a visible share of the work per tip.
 */
@Injectable()
export class DeliveryReports {
  private readonly batches = new DataLoader<AlertDelivery, true>(
    async (deliveries) => {
      await this.publisher.publish(
        Subjects.alertDeliveries,
        { deliveries: [...deliveries] },
        digestId('deliveries', deliveries.map((d) => `${d.alertId}/${d.status}`)),
      );
      return deliveries.map(() => true as const);
    },
    { cache: false, maxBatchSize: 200, batchScheduleFn: (run) => setTimeout(run, 20) },
  );

  constructor(private readonly publisher: JetStreamPublisher) {}

  /** Resolves once the report is stored in JetStream. */
  async report(delivery: AlertDelivery): Promise<void> {
    await this.batches.load(delivery);
  }
}
