import { Injectable } from '@nestjs/common';
import { AlertDelivery } from '@rescue/contracts';
import { DeliveryBatch } from '@rescue/messaging';
import { KeepingPublisher } from '../inbox/keeping-publisher';

const KNOWN = new Set(['queued', 'sent', 'delivered', 'failed', 'undelivered']);

/**
 * Turns Twilio status callbacks into `alerts.deliveries` facts, batched (DeliveryBatch): each callback
 * is answered once its batch is stored, which Twilio waits for without hurry.
 */
@Injectable()
export class RecordDeliveryStatus {
  private readonly batch = new DeliveryBatch((subject, payload, msgId) => this.publisher.publish(subject, payload, msgId));

  constructor(private readonly publisher: KeepingPublisher) {}

  async execute(cb: { alertId?: string; incidentId?: string; messageSid?: string; status?: string; errorCode?: string }) {
    if (!cb.alertId || !cb.incidentId || !cb.status || !KNOWN.has(cb.status)) return; // not one of ours
    await this.batch.add({
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
