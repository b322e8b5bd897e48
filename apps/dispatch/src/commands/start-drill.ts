import { Inject, Injectable } from '@nestjs/common';
import { DrillCommand, IncidentOpened, Subjects } from '@rescue/contracts';
import { caseReference } from '@rescue/domain';
import { JetStreamPublisher } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { recordTimeline } from '../escalation/timeline';

/** What the pages of a drill say after the drill mark (the mark itself is worded per language). */
export const DRILL_SUMMARY = 'Test page: answer it as you would a real one';

/**
 * A drill opens a marked test incident (no tip, so no reporter is ever part of it) and announces it
 * as any new incident: escalation starts from `incidents.opened` exactly as for a real one, pages the
 * people on call now, and escalates by the same policy. A redelivered command opens it once.
 */
@Injectable()
export class StartDrill {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly publisher: JetStreamPublisher,
  ) {}

  async execute(cmd: DrillCommand): Promise<void> {
    const opened = await this.db.tx(async (client) => {
      const { rows } = await client.query<{ opened_at: Date }>(
        `INSERT INTO incidents (id, state, priority, district, minors, cross_border, summary, case_ref, opened_at, drill)
         VALUES ($1, 'triggered', $2, $3, false, NULL, $4, $5, $6, true)
         -- A no-op update on a redelivery, so RETURNING still gives the first attempt's opened_at.
         ON CONFLICT (id) DO UPDATE SET id = EXCLUDED.id
         RETURNING opened_at`,
        [cmd.incidentId, cmd.priority, cmd.district, DRILL_SUMMARY, caseReference(cmd.incidentId), cmd.at],
      );
      await recordTimeline(client, cmd.incidentId, 'drill-started', 'drill-started', {
        district: cmd.district, priority: cmd.priority, by: cmd.by, byName: cmd.byName,
      });
      return rows[0].opened_at;
    });
    const event: IncidentOpened = {
      incidentId: cmd.incidentId, tipId: '', priority: cmd.priority, district: cmd.district, minors: false, crossBorder: null,
      summary: DRILL_SUMMARY, openedAt: new Date(opened).toISOString(),
    };
    await this.publisher.publish(Subjects.incidentOpened, event, `opened-${cmd.incidentId}`);
  }
}
