import { Inject, Injectable } from '@nestjs/common';
import { Subjects } from '@rescue/contracts';
import { JetStreamPublisher } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { DeadlineScheduler } from '../deadlines/deadline-scheduler';
import { ArrivalReminders } from '../reminders/arrival-reminders';
import { DirectoryService } from '../directory/directory.service';
import { AlertWriter } from '../escalation/alert-writer';
import { recordTimeline } from '../escalation/timeline';
import { AlertOutbox } from '../outbox/alert-outbox';
import { notice } from './notices';
import { TargetAlert } from './reply-target';

/**
 * Someone accepted a page. One conditional update settles the race with the deadline: if the role
 * chain is still open it becomes accepted (and its fence rotates, so a deadline job in flight is
 * stale); otherwise this responder is told who has it. The incident is acknowledged at its first
 * accept; other required roles keep escalating on their own chains until they accept too.
 */
@Injectable()
export class AcceptAlert {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly directory: DirectoryService,
    private readonly alerts: AlertWriter,
    private readonly outbox: AlertOutbox,
    private readonly deadlines: DeadlineScheduler,
    private readonly publisher: JetStreamPublisher,
    private readonly reminders: ArrivalReminders,
  ) {}

  async execute(alert: TargetAlert, replyId: string, by = alert.responder_id, channel?: string): Promise<boolean> {
    const acceptor = this.directory.responder(by);
    const result = await this.db.tx(async (client) => {
      // The incident row first (then the role, then alerts), in the order ResolveIncident and the
      // outbox lock them: an accept racing a resolve or a publish waits instead of deadlocking.
      await client.query('SELECT 1 FROM incidents WHERE id = $1 FOR NO KEY UPDATE', [alert.incident_id]);
      const { rows } = await client.query(
        `UPDATE incident_roles r
            -- clock_timestamp: the moment the decision was taken, after any lock wait (now() is the transaction start)
            SET state = 'accepted', accepted_by = $3, accepted_at = clock_timestamp(), fence = fence + 1, deadline_at = NULL
           FROM incidents i
          WHERE r.incident_id = $1 AND r.role = $2 AND r.state IN ('pending', 'exhausted')
            AND i.id = r.incident_id AND i.state IN ('triggered', 'acknowledged')
          RETURNING r.step, r.fence, r.accepted_at, i.district`,
        [alert.incident_id, alert.role, by],
      );
      if (!rows.length) {
        const holder = await client.query('SELECT accepted_by FROM incident_roles WHERE incident_id = $1 AND role = $2', [alert.incident_id, alert.role]);
        const holderName = this.directory.responder(holder.rows[0]?.accepted_by)?.name;
        // A responder's answer all the same (someone else was quicker, or it closed): drill reports count it.
        if (channel && holder.rows[0]?.accepted_by !== by) {
          await recordTimeline(client, alert.incident_id, `accept-late-${replyId}`, 'accept-late', { role: alert.role, responderId: by, channel });
        }
        if (acceptor && holderName && holder.rows[0].accepted_by !== by) {
          await this.alerts.notice(client, {
            incidentId: alert.incident_id, role: alert.role, responder: acceptor, key: `taken-${replyId}`,
            notice: notice('alreadyTaken', acceptor.languages, { by: holderName }),
          });
        }
        return undefined;
      }
      const { step, fence, district, accepted_at } = rows[0];
      await client.query(
        `UPDATE alerts SET state = 'accepted', updated_at = now()
          WHERE incident_id = $1 AND role = $2 AND responder_id = $3 AND kind = 'page' AND step = $4`,
        [alert.incident_id, alert.role, by, alert.responder_id === by ? alert.step : step],
      );
      const stood = await client.query(
        `UPDATE alerts SET state = 'stood-down', updated_at = now()
          WHERE incident_id = $1 AND role = $2 AND kind = 'page' AND state = 'paged' AND responder_id <> $3
          RETURNING responder_id`,
        [alert.incident_id, alert.role, by],
      );
      const code = await client.query(
        `SELECT c.code FROM reply_codes c JOIN responders r ON r.sms = c.phone WHERE r.id = $1 AND c.incident_id = $2`,
        [by, alert.incident_id],
      );
      // The acceptor's confirmation and every other paged responder's stand-down, in one insert.
      const others = [...new Set<string>(stood.rows.map((r) => r.responder_id))]
        .map((id) => this.directory.responder(id))
        .filter((r): r is NonNullable<typeof r> => Boolean(r));
      await this.alerts.notices(client, [
        ...(acceptor
          ? [{ incidentId: alert.incident_id, role: alert.role, responder: acceptor, key: `accepted-${alert.role}`,
               notice: notice('accepted', acceptor.languages, { code: code.rows[0]?.code }) }]
          : []),
        ...others.map((other) => ({
          incidentId: alert.incident_id, role: alert.role, responder: other, key: `standdown-${alert.role}`,
          notice: notice('standDown', other.languages, { by: acceptor?.name ?? by, role: alert.role, district }),
        })),
      ]);
      await client.query(`UPDATE incidents SET state = 'acknowledged', updated_at = now() WHERE id = $1 AND state = 'triggered'`, [alert.incident_id]);
      await recordTimeline(client, alert.incident_id, `accepted-${alert.role}`, 'accepted', { role: alert.role, responderId: by, alertId: alert.id, replyId, channel });
      return { step: step as number, fence: fence as number, acceptedAt: accepted_at as Date };
    });
    if (!result) {
      await this.outbox.flush(alert.incident_id);
      return false;
    }
    await this.deadlines.cancel({ incidentId: alert.incident_id, role: alert.role, step: result.step, fence: result.fence - 1 });
    await this.reminders.schedule({ incidentId: alert.incident_id, role: alert.role, fence: result.fence }, result.acceptedAt);
    await this.outbox.flush(alert.incident_id);
    await this.publisher.publish(
      Subjects.incidentAcknowledged,
      { incidentId: alert.incident_id, role: alert.role, responderId: by, alertId: alert.id, at: new Date().toISOString() },
      // The fence makes each accept its own event: one after a hand-back (release) is news too.
      `acknowledged-${alert.incident_id}-${alert.role}-${result.fence}`,
    );
    return true;
  }
}
