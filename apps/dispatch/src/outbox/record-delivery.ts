import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AlertDelivery } from '@rescue/contracts';
import { Database } from '@rescue/persistence';

const ORDER = ['queued', 'sent', 'delivered', 'undelivered', 'failed'] as const;
const rank = (status: string) => ORDER.indexOf(status as (typeof ORDER)[number]);

/**
 * Delivery statuses only move forward; failures go into the incident timeline with their reason.
 * Each page brings several statuses (LINE's answer, Twilio's sent and delivered callbacks), so the
 * statuses that arrive within 20 ms are written together, in one statement (DataLoader does the
 * batching); each message is acked only after its batch committed. Nobody waits on a status the way
 * a responder waits on a page, so the wider window buys fewer round trips at no visible cost.
 */
@Injectable()
export class RecordDelivery {
  private readonly batches = new DataLoader<AlertDelivery, true>((batch) => this.write(batch), {
    cache: false,
    maxBatchSize: 200,
    batchScheduleFn: (run) => setTimeout(run, 20),
  });

  constructor(@Inject(Database) private readonly db: Database) {}

  async execute(d: AlertDelivery): Promise<void> {
    await this.batches.load(d);
  }

  private async write(batch: readonly AlertDelivery[]): Promise<true[]> {
    // The furthest status per alert (a sent and a delivered in the same batch: delivered).
    const latest = new Map<string, AlertDelivery>();
    for (const d of batch) {
      const seen = latest.get(d.alertId);
      latest.set(d.alertId, !seen || rank(d.status) > rank(seen.status)
        ? { ...d, error: d.error ?? seen?.error, providerMessageId: d.providerMessageId ?? seen?.providerMessageId }
        : { ...seen, error: seen.error ?? d.error, providerMessageId: seen.providerMessageId ?? d.providerMessageId });
    }
    const rows = [...latest.values()];
    // Hand-off and coverage-gap notices belong to no incident: no timeline to write to.
    const failures = batch.filter((d) => (d.status === 'failed' || d.status === 'undelivered') && d.incidentId);
    const update: [string, unknown[]] = [
      `UPDATE alerts a SET delivery_status = d.status, delivery_error = COALESCE(d.error, a.delivery_error),
              provider_message_id = COALESCE(d.provider_message_id, a.provider_message_id), updated_at = now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS d(id, status, error, provider_message_id)
        WHERE a.id = d.id AND (a.delivery_status IS NULL
                               OR array_position($5::text[], a.delivery_status) < array_position($5::text[], d.status))`,
      [rows.map((d) => d.alertId), rows.map((d) => d.status), rows.map((d) => d.error ?? null), rows.map((d) => d.providerMessageId ?? null), ORDER],
    ];
    // Nearly every batch is only good news: one statement, no transaction round trips around it.
    if (!failures.length) {
      await this.db.query(...update);
      return batch.map(() => true);
    }
    await this.db.tx(async (client) => {
      await client.query(...update);
      // Once per alert and status (the key), so a redelivered status is recorded once.
      await client.query(
        `INSERT INTO timeline (incident_id, event_key, kind, detail)
         SELECT f.incident_id, f.incident_id || '/delivery-' || f.alert_id || '-' || f.status, 'delivery-failed', f.detail
           FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[]) AS f(incident_id, alert_id, status, detail)
         ON CONFLICT (event_key) DO NOTHING`,
        [
          failures.map((d) => d.incidentId), failures.map((d) => d.alertId), failures.map((d) => d.status),
          failures.map((d) => JSON.stringify({ alertId: d.alertId, channel: d.channel, status: d.status, error: d.error })),
        ],
      );
    });
    return batch.map(() => true);
  }
}
