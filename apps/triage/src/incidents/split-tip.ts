import { Inject, Injectable, Logger } from '@nestjs/common';
import { PoolClient } from 'pg';
import { IncidentOpened, SplitCommand, Subjects, TriageResult } from '@rescue/contracts';
import { caseReference, splitIncidentId } from '@rescue/domain';
import { JetStreamPublisher } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { summarise } from './summarise';

type Split = { opened: IncidentOpened; left: IncidentOpened } | { refused: string };

/**
 * A coordinator takes a wrongly joined tip back out: it opens an incident of its own, triaged as the
 * tip was, and dispatch pages for it as for any new incident. The incident it leaves keeps its
 * chains and priority (a person lowers that, by override, if it no longer holds). Both timelines say
 * who split what and why. Idempotent: the new incident's id derives from the tip's.
 */
@Injectable()
export class SplitTip {
  private readonly logger = new Logger(SplitTip.name);

  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly publisher: JetStreamPublisher,
  ) {}

  async execute(cmd: SplitCommand): Promise<void> {
    const split = await this.db.tx((client) => this.split(client, cmd));
    if ('refused' in split) {
      this.logger.warn(`split ${cmd.commandId} of ${cmd.tipId} from ${cmd.incidentId} refused: ${split.refused}`);
      await this.db.query(
        `INSERT INTO timeline (incident_id, event_key, kind, detail) SELECT $1, $2, 'action-refused', $3
          WHERE EXISTS (SELECT 1 FROM incidents WHERE id = $1) ON CONFLICT (event_key) DO NOTHING`,
        [cmd.incidentId, `split-refused-${cmd.commandId}`, { action: 'split', tipId: cmd.tipId, reason: split.refused, by: cmd.by, byName: cmd.byName }],
      );
      return;
    }
    // Published after the commit, with ids that make a redelivered command publish nothing new.
    await this.publisher.publish(Subjects.incidentOpened, split.opened, `opened-${split.opened.incidentId}`);
    await this.publisher.publish(Subjects.incidentUpdated, split.left, `split-${cmd.tipId}`);
  }

  private async split(client: PoolClient, cmd: SplitCommand): Promise<Split> {
    const newId = splitIncidentId(cmd.tipId);
    const incident = (
      await client.query<{ state: string; case_ref: string }>('SELECT state, case_ref FROM incidents WHERE id = $1 FOR UPDATE', [cmd.incidentId])
    ).rows[0];
    const tip = (
      await client.query<{ incident_id: string; triage: TriageResult; received_at: Date; channel: string }>(
        'SELECT incident_id, triage, received_at, channel FROM tips WHERE id = $1 FOR UPDATE',
        [cmd.tipId],
      )
    ).rows[0];
    if (!incident) return { refused: `no incident ${cmd.incidentId}` };
    if (!tip) return { refused: `no tip ${cmd.tipId}` };
    if (tip.incident_id === newId) return this.announcements(client, cmd, newId);
    if (tip.incident_id !== cmd.incidentId) return { refused: 'the tip is not filed in this incident' };
    if (incident.state === 'resolved') return { refused: 'the incident is closed' };
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM tips WHERE incident_id = $1', [cmd.incidentId]);
    if (rows[0].n < 2) return { refused: 'the only tip of an incident cannot be split out of it' };

    const t = tip.triage;
    const newRef = caseReference(newId);
    await client.query(
      `INSERT INTO incidents (id, state, priority, district, minors, cross_border, summary, case_ref, opened_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now()) ON CONFLICT (id) DO NOTHING`,
      [newId, t.priority === 'P4' ? 'review' : 'triggered', t.priority, t.district, t.minors, t.crossBorder, summarise(t.indicators, t.minors, t.crossBorder), newRef],
    );
    await client.query('UPDATE tips SET incident_id = $2 WHERE id = $1', [cmd.tipId, newId]);
    await client.query('UPDATE incidents SET updated_at = now() WHERE id = $1', [cmd.incidentId]);
    const who = { by: cmd.by, byName: cmd.byName, reason: cmd.reason };
    await client.query(
      `INSERT INTO timeline (incident_id, event_key, at, kind, detail) VALUES
         ($1, $2, now(), 'tip-split-out', $3),
         ($4, $5, now(), 'split-from', $6),
         ($4, $7, $8, 'tip', $9)
       ON CONFLICT (event_key) DO NOTHING`,
      [
        cmd.incidentId, `split-out-${cmd.tipId}`, { tipId: cmd.tipId, into: newId, intoCaseRef: newRef, ...who },
        newId, `split-from-${cmd.tipId}`, { from: cmd.incidentId, fromCaseRef: incident.case_ref, tipId: cmd.tipId, ...who },
        `tip-${cmd.tipId}-${newId}`, tip.received_at,
        { tipId: cmd.tipId, channel: tip.channel, priority: t.priority, indicators: t.indicators, explanation: t.explanation },
      ],
    );
    this.logger.log(`tip ${cmd.tipId} split out of ${cmd.incidentId} into ${newId} by ${cmd.by}`);
    return this.announcements(client, cmd, newId);
  }

  /** The new incident, to be dispatched, and the one it left, for the boards. */
  private async announcements(client: PoolClient, cmd: SplitCommand, newId: string): Promise<Split> {
    return { opened: await this.announcement(client, newId, cmd.tipId), left: await this.announcement(client, cmd.incidentId, cmd.tipId) };
  }

  private async announcement(client: PoolClient, incidentId: string, tipId: string): Promise<IncidentOpened> {
    const { rows } = await client.query(
      'SELECT priority, district, minors, cross_border, summary, opened_at FROM incidents WHERE id = $1',
      [incidentId],
    );
    const r = rows[0];
    return {
      incidentId, tipId, priority: r.priority, district: r.district, minors: r.minors, crossBorder: r.cross_border,
      summary: r.summary, openedAt: new Date(r.opened_at).toISOString(),
    };
  }
}
