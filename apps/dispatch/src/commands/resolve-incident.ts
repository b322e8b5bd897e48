import { Inject, Injectable } from '@nestjs/common';
import { ResolveCommand, Subjects } from '@rescue/contracts';
import { JetStreamPublisher } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { DeadlineScheduler } from '../deadlines/deadline-scheduler';
import { DirectoryService } from '../directory/directory.service';
import { AlertWriter } from '../escalation/alert-writer';
import { recordTimeline } from '../escalation/timeline';
import { AlertOutbox } from '../outbox/alert-outbox';
import { notice } from '../replies/notices';
import { referralNotices } from './referral-notices';

/**
 * Closing an incident stops every chain, frees the reply codes and tells everyone who was paged; a
 * referral tells the receiving organisation's contacts, on the channels they are paged on.
 */
@Injectable()
export class ResolveIncident {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly directory: DirectoryService,
    private readonly alerts: AlertWriter,
    private readonly outbox: AlertOutbox,
    private readonly deadlines: DeadlineScheduler,
    private readonly publisher: JetStreamPublisher,
  ) {}

  async execute(cmd: ResolveCommand): Promise<void> {
    const stopped = await this.db.tx(async (client) => {
      const { rows } = await client.query(
        `UPDATE incidents SET state = 'resolved', resolved_at = now(), outcome = $2, updated_at = now()
          WHERE id = $1 AND state <> 'resolved' RETURNING district, case_ref`,
        [cmd.incidentId, cmd.outcome],
      );
      if (!rows.length) return undefined;
      const chains = await client.query(
        `UPDATE incident_roles SET fence = fence + 1, deadline_at = NULL WHERE incident_id = $1 AND state = 'pending'
          RETURNING role, step, fence`,
        [cmd.incidentId],
      );
      const paged = await client.query(
        `SELECT DISTINCT ON (responder_id) responder_id, role FROM alerts WHERE incident_id = $1 AND kind = 'page' AND published_at IS NOT NULL AND state <> 'cancelled'`,
        [cmd.incidentId],
      );
      // Keys carry the command: an incident reopened and closed again tells people again.
      const { district, case_ref: caseRef } = rows[0];
      await this.alerts.notices(client, [
        ...paged.rows.flatMap(({ responder_id, role }) => {
          const r = this.directory.responder(responder_id);
          return r
            ? [{ incidentId: cmd.incidentId, role, responder: r, key: `resolved-${cmd.commandId}`,
                 notice: notice('resolved', r.languages, { district, outcome: cmd.outcome }) }]
            : [];
        }),
        ...referralNotices(this.directory.directory.responders, cmd, { district, caseRef }),
      ]);
      await client.query('DELETE FROM reply_codes WHERE incident_id = $1', [cmd.incidentId]);
      await recordTimeline(client, cmd.incidentId, `resolved-${cmd.commandId}`, 'resolved', { outcome: cmd.outcome, note: cmd.note, referral: cmd.referral, by: cmd.by });
      return chains.rows as { role: string; step: number; fence: number }[];
    });
    if (!stopped) {
      // Already resolved: a redelivered command after a failed publish (NATS away) still sends the notices.
      await this.outbox.flush(cmd.incidentId);
      return;
    }
    for (const c of stopped) await this.deadlines.cancel({ incidentId: cmd.incidentId, role: c.role, step: c.step, fence: c.fence - 1 });
    await this.outbox.flush(cmd.incidentId);
    await this.publisher.publish(
      Subjects.incidentResolved,
      { incidentId: cmd.incidentId, outcome: cmd.outcome, by: cmd.by, at: new Date().toISOString() },
      `resolved-${cmd.commandId}`,
    );
  }
}
