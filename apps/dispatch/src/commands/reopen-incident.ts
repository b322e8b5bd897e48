import { Inject, Injectable } from '@nestjs/common';
import { IncidentUpdated, ReopenCommand, Subjects } from '@rescue/contracts';
import { JetStreamPublisher } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { recordTimeline } from '../escalation/timeline';

/**
 * A resolved incident goes back on the board: acknowledged if someone had accepted it, else
 * triggered. Its outcome is cleared (the resolution stays in the timeline). Nobody is paged by the
 * reopening itself: the coordinator escalates or re-notifies the roles that need people again.
 * A merged duplicate stays closed (its tips live on in the incident it was merged into).
 */
@Injectable()
export class ReopenIncident {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly publisher: JetStreamPublisher,
  ) {}

  async execute(cmd: ReopenCommand): Promise<void> {
    const reopened = await this.db.tx(async (client) => {
      const { rows } = await client.query(
        `UPDATE incidents i SET resolved_at = NULL, outcome = NULL, updated_at = now(),
                state = CASE WHEN EXISTS (SELECT 1 FROM incident_roles r WHERE r.incident_id = i.id AND r.state = 'accepted')
                             THEN 'acknowledged' ELSE 'triggered' END
          WHERE id = $1 AND state = 'resolved' AND merged_into IS NULL
          RETURNING id, priority, district, minors, cross_border, summary, opened_at,
                    (SELECT t.id FROM tips t WHERE t.incident_id = i.id ORDER BY t.received_at LIMIT 1) AS tip_id`,
        [cmd.incidentId],
      );
      if (!rows.length) return undefined;
      await recordTimeline(client, cmd.incidentId, `reopened-${cmd.commandId}`, 'reopened', { reason: cmd.reason, by: cmd.by, byName: cmd.byName });
      return rows[0];
    });
    if (!reopened) return; // not resolved (or a redelivery after the first attempt reopened it)
    const event: IncidentUpdated = {
      incidentId: reopened.id, tipId: reopened.tip_id ?? '', priority: reopened.priority, district: reopened.district,
      minors: reopened.minors, crossBorder: reopened.cross_border, summary: reopened.summary,
      openedAt: new Date(reopened.opened_at).toISOString(),
    };
    await this.publisher.publish(Subjects.incidentUpdated, event, `reopened-${cmd.commandId}`);
  }
}
