import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AlertDelivery, Subjects } from '@rescue/contracts';
import { digestId } from '@rescue/messaging';
import { KeepingPublisher } from '../inbox/keeping-publisher';

const KNOWN = new Set(['queued', 'sent', 'delivered', 'failed', 'undelivered']);

/**
 * Turns Twilio status callbacks into `alerts.deliveries` facts: the callbacks that arrive within
 * 20 ms are published as one message (each callback is answered once its batch is stored). Twilio
 * waits for the answer without hurry; one message per callback cost the system more per tip than
 * the tip itself.
 */
@Injectable()
export class RecordDeliveryStatus {
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

  constructor(private readonly publisher: KeepingPublisher) {}

  async execute(cb: { alertId?: string; incidentId?: string; messageSid?: string; status?: string; errorCode?: string }) {
    if (!cb.alertId || !cb.incidentId || !cb.status || !KNOWN.has(cb.status)) return; // not one of ours
    await this.batches.load({
      alertId: cb.alertId,
      incidentId: cb.incidentId,
      channel: 'sms',
      status: cb.status as AlertDelivery['status'],
      providerMessageId: cb.messageSid,
      error: cb.errorCode ? `Twilio error ${cb.errorCode}` : undefined,
      at: new Date().toISOString(),
    });
  }
}
