import { Inject, Injectable } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { AdvanceChain } from '../escalation/advance-chain';
import { recordTimeline } from '../escalation/timeline';
import { TargetAlert } from './reply-target';

/** A decline hands the page on at once when nobody else paged at this step can still answer. */
@Injectable()
export class DeclineAlert {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly advance: AdvanceChain,
  ) {}

  async execute(alert: TargetAlert, replyId: string): Promise<void> {
    const position = await this.db.tx(async (client) => {
      await client.query(
        `UPDATE alerts SET state = 'declined', updated_at = now()
          WHERE incident_id = $1 AND role = $2 AND responder_id = $3 AND step = $4 AND kind = 'page' AND state = 'paged'`,
        [alert.incident_id, alert.role, alert.responder_id, alert.step],
      );
      await recordTimeline(client, alert.incident_id, `declined-${replyId}`, 'declined', { role: alert.role, responderId: alert.responder_id });
      const { rows } = await client.query(
        `SELECT r.step, r.fence,
                EXISTS (SELECT 1 FROM alerts a WHERE a.incident_id = r.incident_id AND a.role = r.role AND a.step = r.step
                           AND a.kind = 'page' AND a.state = 'paged') AS others_waiting
           FROM incident_roles r WHERE r.incident_id = $1 AND r.role = $2 AND r.state = 'pending'`,
        [alert.incident_id, alert.role],
      );
      return rows[0] && rows[0].step === alert.step && !rows[0].others_waiting ? { step: rows[0].step, fence: rows[0].fence } : undefined;
    });
    if (position) await this.advance.execute(alert.incident_id, alert.role, position, 'declined');
  }
}
