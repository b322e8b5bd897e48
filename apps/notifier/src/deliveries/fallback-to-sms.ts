import { Inject, Injectable } from '@nestjs/common';
import { AlertRaised } from '@rescue/contracts';
import { deterministicId } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { SmsOptOuts } from '../opt-outs/sms-opt-outs';
import { DeliveryQueues } from './delivery-queues';

/**
 * A LINE push failed for good (blocked, quota, unknown user): the same alert goes out by SMS. It gets
 * its own alert row (so the board shows both attempts) and a deterministic id, so doing this twice
 * sends one SMS.
 */
@Injectable()
export class FallbackToSms {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly queues: DeliveryQueues,
    private readonly optOuts: SmsOptOuts,
  ) {}

  /** What to add to the LINE failure's reason: how (or why not) the alert went by SMS instead. */
  async execute(alert: AlertRaised): Promise<string | undefined> {
    if (alert.channel !== 'line' || !alert.fallbackTo) return undefined;
    if (await this.optOuts.isOptedOut(alert.fallbackTo)) return 'no SMS instead: opted out by SMS STOP';
    const fallback: AlertRaised = { ...alert, alertId: deterministicId(alert.alertId, 'sms'), channel: 'sms', to: alert.fallbackTo, fallbackTo: undefined };
    await this.db.query(
      `INSERT INTO alerts (id, incident_id, role, step, responder_id, channel, to_address, kind, code, notice, state, published_at)
       SELECT $2, incident_id, role, step, responder_id, 'sms', $3, kind, code, notice, state, now() FROM alerts WHERE id = $1
       ON CONFLICT (id) DO NOTHING`,
      [alert.alertId, fallback.alertId, fallback.to],
    );
    await this.queues.enqueue(fallback);
    return 'sent by SMS instead';
  }
}
