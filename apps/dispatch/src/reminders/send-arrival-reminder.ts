import { Inject, Injectable } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { DirectoryService } from '../directory/directory.service';
import { AlertWriter } from '../escalation/alert-writer';
import { recordTimeline } from '../escalation/timeline';
import { AlertOutbox } from '../outbox/alert-outbox';
import { notice } from '../replies/notices';
import { AcceptedRole } from './arrival-reminders';

/**
 * A reminder came due. It applies only to the accept it was set for (same fence), while the incident
 * is open and nobody has reported arrival; the notice id is derived from the accept, so a repeated
 * job sends nothing twice.
 */
@Injectable()
export class SendArrivalReminder {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly directory: DirectoryService,
    private readonly alerts: AlertWriter,
    private readonly outbox: AlertOutbox,
  ) {}

  async execute(accepted: AcceptedRole): Promise<void> {
    await this.db.tx(async (client) => {
      const { rows } = await client.query<{ accepted_by: string; code: number | null }>(
        `SELECT r.accepted_by,
                (SELECT c.code FROM reply_codes c JOIN responders p ON p.sms = c.phone
                  WHERE p.id = r.accepted_by AND c.incident_id = r.incident_id) AS code
           FROM incident_roles r JOIN incidents i ON i.id = r.incident_id
          WHERE r.incident_id = $1 AND r.role = $2 AND r.fence = $3 AND r.state = 'accepted' AND r.arrived_at IS NULL
            AND i.state IN ('triggered', 'acknowledged')`,
        [accepted.incidentId, accepted.role, accepted.fence],
      );
      if (!rows.length) return;
      const responder = this.directory.responder(rows[0].accepted_by);
      if (responder) {
        await this.alerts.notice(client, {
          incidentId: accepted.incidentId, role: accepted.role, responder, key: `arrival-reminder-${accepted.role}-${accepted.fence}`,
          notice: notice('arrivalReminder', responder.languages, { code: rows[0].code }),
        });
      }
      await recordTimeline(client, accepted.incidentId, `arrival-overdue-${accepted.role}-${accepted.fence}`, 'arrival-overdue', {
        role: accepted.role, responderId: rows[0].accepted_by,
      });
    });
    await this.outbox.flush(accepted.incidentId);
  }
}
