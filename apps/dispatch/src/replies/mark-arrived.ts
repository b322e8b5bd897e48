import { Inject, Injectable } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { recordTimeline } from '../escalation/timeline';
import { TargetAlert } from './reply-target';

/** The accepted responder is on site. */
@Injectable()
export class MarkArrived {
  constructor(@Inject(Database) private readonly db: Database) {}

  async execute(alert: TargetAlert, replyId: string, channel?: string): Promise<void> {
    await this.db.tx(async (client) => {
      const { rowCount } = await client.query(
        `UPDATE incident_roles SET arrived_at = COALESCE(arrived_at, now())
          WHERE incident_id = $1 AND role = $2 AND accepted_by = $3`,
        [alert.incident_id, alert.role, alert.responder_id],
      );
      if (!rowCount) return;
      await client.query(
        `UPDATE alerts SET state = 'arrived', updated_at = now() WHERE incident_id = $1 AND role = $2 AND responder_id = $3 AND kind = 'page' AND state = 'accepted'`,
        [alert.incident_id, alert.role, alert.responder_id],
      );
      await recordTimeline(client, alert.incident_id, `arrived-${replyId}`, 'arrived', { role: alert.role, responderId: alert.responder_id, channel });
    });
  }
}
