import DataLoader from 'dataloader';
import { AlertDelivery, Subjects } from '@rescue/contracts';
import { EventInput } from './event-schemas';
import { digestId } from './ids';

type Deliveries = typeof Subjects.alertDeliveries;

/** Publishes one `alerts.deliveries` fact (a JetStreamPublisher, or intake's KeepingPublisher). */
export type PublishDeliveries = (subject: Deliveries, payload: EventInput<Deliveries>, msgId: string) => Promise<unknown>;

/**
 * Delivery statuses heard within `windowMs`, published as one `alerts.deliveries` fact: every page
 * brings several (Twilio's sent and delivered, LINE's answer), and a message each cost the system
 * more per tip than the tip itself. Each `add` resolves once its batch is stored; the msg id is a
 * digest of the batch, so publishing the same batch again is a JetStream duplicate.
 */
export class DeliveryBatch {
  private readonly loader: DataLoader<AlertDelivery, true>;

  constructor(publish: PublishDeliveries, windowMs = 20) {
    this.loader = new DataLoader<AlertDelivery, true>(
      async (deliveries) => {
        const msgId = digestId('deliveries', deliveries.map((d) => `${d.alertId}/${d.status}`));
        await publish(Subjects.alertDeliveries, { deliveries: [...deliveries] }, msgId);
        return deliveries.map(() => true as const);
      },
      { cache: false, maxBatchSize: 200, batchScheduleFn: (run) => setTimeout(run, windowMs) },
    );
  }

  async add(delivery: AlertDelivery): Promise<void> {
    await this.loader.load(delivery);
  }
}
