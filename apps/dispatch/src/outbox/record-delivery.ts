import { Inject, Injectable } from '@nestjs/common';
import { AlertDelivery } from '@rescue/contracts';
import { Database } from '@rescue/persistence';
import { recordTimeline } from '../escalation/timeline';

const ORDER = `ARRAY['queued', 'sent', 'delivered', 'undelivered', 'failed']`;

/** Delivery statuses only move forward; failures go into the incident timeline with their reason. */
@Injectable()
export class RecordDelivery {
  constructor(@Inject(Database) private readonly db: Database) {}

  async execute(d: AlertDelivery): Promise<void> {
    // One statement on the hot path; a timeline entry only for failures (idempotent by its key).
    await this.db.query(
      `UPDATE alerts SET delivery_status = $2, delivery_error = COALESCE($3, delivery_error),
              provider_message_id = COALESCE($4, provider_message_id), updated_at = now()
        WHERE id = $1 AND (delivery_status IS NULL
                           OR array_position(${ORDER}, delivery_status) < array_position(${ORDER}, $2::text))`,
      [d.alertId, d.status, d.error ?? null, d.providerMessageId ?? null],
    );
    // Hand-off and coverage-gap notices belong to no incident: no timeline to write to.
    if ((d.status === 'failed' || d.status === 'undelivered') && d.incidentId) {
      await recordTimeline(this.db.pool, d.incidentId, `delivery-${d.alertId}-${d.status}`, 'delivery-failed', {
        alertId: d.alertId, channel: d.channel, status: d.status, error: d.error,
      });
    }
  }
}
