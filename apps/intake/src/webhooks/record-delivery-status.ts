import { Injectable } from '@nestjs/common';
import { AlertDelivery, Subjects } from '@rescue/contracts';
import { deterministicId } from '@rescue/messaging';
import { KeepingPublisher } from '../inbox/keeping-publisher';

const KNOWN = new Set(['queued', 'sent', 'delivered', 'failed', 'undelivered']);

/** Turns a Twilio status callback into an `alerts.delivery` fact. */
@Injectable()
export class RecordDeliveryStatus {
  constructor(private readonly publisher: KeepingPublisher) {}

  async execute(cb: { alertId?: string; incidentId?: string; messageSid?: string; status?: string; errorCode?: string }) {
    if (!cb.alertId || !cb.incidentId || !cb.status || !KNOWN.has(cb.status)) return; // not one of ours
    const event: AlertDelivery = {
      alertId: cb.alertId,
      incidentId: cb.incidentId,
      channel: 'sms',
      status: cb.status as AlertDelivery['status'],
      providerMessageId: cb.messageSid,
      error: cb.errorCode ? `Twilio error ${cb.errorCode}` : undefined,
      at: new Date().toISOString(),
    };
    await this.publisher.publish(Subjects.alertDelivery, event, deterministicId(cb.alertId, cb.status));
  }
}
