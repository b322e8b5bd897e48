import { Inject, Injectable } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { DirectoryService } from '../directory/directory.service';
import { AdvanceChain } from '../escalation/advance-chain';
import { AlertWriter } from '../escalation/alert-writer';
import { recordTimeline } from '../escalation/timeline';
import { AlertOutbox } from '../outbox/alert-outbox';
import { notice } from './notices';
import { TargetAlert } from './reply-target';

/**
 * Un-acknowledge: the responder who accepted a role cannot go after all and hands it back. The role
 * is open again (a conditional update on who holds it, so a repeat does nothing) and its chain moves
 * on at once, as after a decline: the next step is paged, or the coordinators alarmed at the end.
 * With no role accepted any more the incident is triggered again, as PagerDuty does.
 */
@Injectable()
export class ReleaseAlert {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly directory: DirectoryService,
    private readonly alerts: AlertWriter,
    private readonly advance: AdvanceChain,
    private readonly outbox: AlertOutbox,
  ) {}

  async execute(alert: TargetAlert, replyId: string): Promise<boolean> {
    const releaser = this.directory.responder(alert.responder_id);
    const position = await this.db.tx(async (client) => {
      await client.query('SELECT 1 FROM incidents WHERE id = $1 FOR NO KEY UPDATE', [alert.incident_id]);
      const { rows } = await client.query<{ step: number; fence: number }>(
        `UPDATE incident_roles r
            SET state = 'pending', accepted_by = NULL, accepted_at = NULL, arrived_at = NULL, fence = fence + 1,
                -- due now: should the move below not happen (a crash), the auditor finds it due and moves it
                deadline_at = now()
           FROM incidents i
          WHERE r.incident_id = $1 AND r.role = $2 AND r.state = 'accepted' AND r.accepted_by = $3
            AND i.id = r.incident_id AND i.state IN ('triggered', 'acknowledged')
          RETURNING r.step, r.fence`,
        [alert.incident_id, alert.role, alert.responder_id],
      );
      if (!rows.length) return undefined;
      await client.query(
        `UPDATE alerts SET state = 'released', updated_at = now()
          WHERE incident_id = $1 AND role = $2 AND responder_id = $3 AND kind = 'page' AND state IN ('accepted', 'arrived')`,
        [alert.incident_id, alert.role, alert.responder_id],
      );
      await client.query(
        `UPDATE incidents SET state = 'triggered', updated_at = now()
          WHERE id = $1 AND state = 'acknowledged'
            AND NOT EXISTS (SELECT 1 FROM incident_roles WHERE incident_id = $1 AND state = 'accepted')`,
        [alert.incident_id],
      );
      if (releaser) {
        await this.alerts.notice(client, {
          incidentId: alert.incident_id, role: alert.role, responder: releaser, key: `released-${replyId}`,
          notice: notice('released', releaser.languages, {}),
        });
      }
      await recordTimeline(client, alert.incident_id, `released-${replyId}`, 'released', { role: alert.role, responderId: alert.responder_id });
      return rows[0];
    });
    if (!position) {
      // Not (or no longer) theirs: a repeat, or a redelivery whose first attempt could not publish.
      await this.outbox.flush(alert.incident_id);
      return false;
    }
    // The board hears of it through the incidents.escalated event of the move (reason 'released').
    await this.advance.execute(alert.incident_id, alert.role, position, 'released');
    return true;
  }
}
