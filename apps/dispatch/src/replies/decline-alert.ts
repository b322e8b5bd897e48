import { Inject, Injectable } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { AdvanceChain } from '../escalation/advance-chain';
import { recordTimeline } from '../escalation/timeline';
import { AlertOutbox } from '../outbox/alert-outbox';
import { TargetAlert } from './reply-target';

/** A decline hands the page on at once when nobody else paged at this step can still answer. */
@Injectable()
export class DeclineAlert {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly advance: AdvanceChain,
    private readonly outbox: AlertOutbox,
  ) {}

  async execute(alert: TargetAlert, replyId: string, channel?: string): Promise<void> {
    await this.db.tx(async (client) => {
      await client.query(
        `UPDATE alerts SET state = 'declined', updated_at = now()
          WHERE incident_id = $1 AND role = $2 AND responder_id = $3 AND step = $4 AND kind = 'page' AND state = 'paged'`,
        [alert.incident_id, alert.role, alert.responder_id, alert.step],
      );
      await recordTimeline(client, alert.incident_id, `declined-${replyId}`, 'declined', { role: alert.role, responderId: alert.responder_id, channel });
    });
    // Who else can still answer is read after the commit: inside the transaction, two responders
    // declining at once each saw the other's page still 'paged' and neither handed the page on, so
    // the chain waited out its whole deadline. Read after, the later of the two sees both declines
    // (and if both do, the conditional move lets one through).
    const row = await this.db.one<{ step: number; fence: number; others_waiting: boolean }>(
      `SELECT r.step, r.fence,
              EXISTS (SELECT 1 FROM alerts a WHERE a.incident_id = r.incident_id AND a.role = r.role AND a.step = r.step
                         AND a.kind = 'page' AND a.state = 'paged') AS others_waiting
         FROM incident_roles r WHERE r.incident_id = $1 AND r.role = $2 AND r.state = 'pending'`,
      [alert.incident_id, alert.role],
    );
    const position = row && row.step === alert.step && !row.others_waiting ? { step: row.step, fence: row.fence } : undefined;
    if (position) await this.advance.execute(alert.incident_id, alert.role, position, 'declined');
    // A redelivered decline whose first attempt moved the chain but could not publish (NATS away)
    // finds nothing to move: it finishes publishing the next step's pages.
    else await this.outbox.flush(alert.incident_id);
  }
}
