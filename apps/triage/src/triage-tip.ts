import { Inject, Injectable, Optional } from '@nestjs/common';
import { PoolClient } from 'pg';
import { IncidentOpened, Subjects, TipReceived } from '@rescue/contracts';
import { caseReference, DEFAULT_WINDOW_MINUTES, incidentIdOfTip, triage, TriageResult } from '@rescue/domain';
import { JetStreamPublisher } from '@rescue/messaging';
import { Database, Queryable } from '@rescue/persistence';
import { caseReferences, incidentToJoin } from './incidents/incident-to-join';
import { mergeVerdict } from './incidents/merge-verdict';
import { summarise } from './incidents/summarise';

/** Injection token of the correlation window (minutes). */
export const CORRELATION_WINDOW = Symbol('CORRELATION_WINDOW');

interface IncidentRow {
  id: string;
  state: string;
  priority: IncidentOpened['priority'];
  district: string;
  minors: boolean;
  cross_border: IncidentOpened['crossBorder'];
  summary: string;
  opened_at: Date;
  policy: unknown;
}

/**
 * Scores a tip and files it: into the open incident it continues (its case reference, its reporter,
 * or the same venue, person or place in the same district within the window: a follow-up, the
 * incident is re-read as a whole and may become more urgent, and nobody is paged again), or into a
 * new incident that takes the reference the reporter was given. Idempotent: the incident id derives
 * from the tip id, a tip already filed is only announced again, and every announcement has a
 * deterministic id.
 */
@Injectable()
export class TriageTip {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly publisher: JetStreamPublisher,
    @Optional() @Inject(CORRELATION_WINDOW) private readonly windowMinutes: number = DEFAULT_WINDOW_MINUTES,
  ) {}

  async execute(tip: TipReceived): Promise<void> {
    const result = triage({ text: tip.text, channel: tip.channel, language: tip.language, location: tip.location });
    if (!caseReferences(tip).length && result.district === 'unknown') {
      // Nothing to correlate on (no reference, no district): its own incident, one statement, no transaction.
      const filed = await this.file(this.db.pool, tip, result, newIncidentId(tip), { opens: true });
      await this.announce(tip, filed.filedBefore ?? newIncidentId(tip), filed.opened);
      return;
    }
    const filed = await this.db.tx(async (client) => {
      // One at a time per district, then per reference (always in that order): two callers about one
      // bar, or the pieces of one report, arriving together make one incident.
      if (result.district !== 'unknown') await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`district:${result.district}`]);
      if (tip.caseRef) await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`case-ref:${tip.caseRef}`]);
      const already = await client.query('SELECT incident_id FROM tips WHERE id = $1', [tip.tipId]);
      if (already.rows[0]) return { incidentId: already.rows[0].incident_id as string, opened: undefined };
      const followed = await incidentToJoin(client, tip, result, this.windowMinutes);
      const incidentId = followed?.incidentId ?? newIncidentId(tip);
      const { opened } = await this.file(client, tip, result, incidentId, { opens: !followed, joinedBecause: followed?.reason });
      if (followed) await this.reassess(client, incidentId, tip.channel);
      return { incidentId, opened };
    });
    await this.announce(tip, filed.incidentId, filed.opened);
  }

  /**
   * Files the tip into `incidentId` with its timeline entry, opening that incident first when
   * `opens` (it takes the reference its reporter holds, unless an open incident has it; then a
   * derived one). A follow-up's entry says why it joined. One statement; nothing is written for a
   * tip filed before. Returns the incident as inserted, to be announced without reading it back.
   */
  private async file(
    db: Queryable,
    tip: TipReceived,
    result: TriageResult,
    incidentId: string,
    { opens, joinedBecause }: { opens: boolean; joinedBecause?: string },
  ): Promise<{ filedBefore?: string; opened?: IncidentRow }> {
    const { rows } = await db.query<IncidentRow & { filed_before: string | null }>(
      `WITH already AS (
         SELECT incident_id FROM tips WHERE id = $1
       ), opened AS (
         INSERT INTO incidents (id, state, priority, district, minors, cross_border, summary, case_ref, opened_at)
         SELECT $10, $14, $15, $16, $17, $18, $19,
                CASE WHEN $20::text IS NULL OR EXISTS (SELECT 1 FROM incidents WHERE case_ref = $20 AND state <> 'resolved')
                     THEN $21 ELSE $20 END,
                $2
          WHERE $22 AND NOT EXISTS (SELECT 1 FROM already)
         ON CONFLICT (id) DO NOTHING
         RETURNING id, state, priority, district, minors, cross_border, summary, opened_at, policy
       ), tip AS (
         INSERT INTO tips (id, received_at, channel, language, text, location, reporter_sealed, reporter_key,
                           callback_allowed, incident_id, triage, triaged_at)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now()
          WHERE NOT EXISTS (SELECT 1 FROM already)
         ON CONFLICT (id) DO NOTHING
       ), entry AS (
         INSERT INTO timeline (incident_id, event_key, at, kind, detail)
         SELECT $10, $12, $2, 'tip', $13
          WHERE NOT EXISTS (SELECT 1 FROM already)
         ON CONFLICT (event_key) DO NOTHING
       )
       SELECT (SELECT incident_id FROM already) AS filed_before, o.* FROM (VALUES (1)) AS v LEFT JOIN opened o ON true`,
      [tip.tipId, tip.receivedAt, tip.channel, tip.language ?? result.language, tip.text, tip.location ?? null,
        tip.reporterSealed ?? null, tip.reporterKey ?? null, tip.callbackAllowed ?? false, incidentId, result,
        `tip-${tip.tipId}`, { tipId: tip.tipId, channel: tip.channel, priority: result.priority,
          indicators: result.indicators, explanation: result.explanation, ...(opens ? {} : { followUp: true, joinedBecause }) },
        result.priority === 'P4' ? 'review' : 'triggered', result.priority, result.district, result.minors, result.crossBorder,
        summarise(result.indicators, result.minors, result.crossBorder), tip.caseRef ?? null, caseReference(incidentId), opens],
    );
    const { filed_before: filedBefore, ...opened } = rows[0];
    return { filedBefore: filedBefore ?? undefined, opened: opened.id ? opened : undefined };
  }

  /** The report read as a whole: a review incident whose next piece names a real case is dispatched. */
  private async reassess(client: PoolClient, incidentId: string, channel: string): Promise<void> {
    await client.query('SELECT 1 FROM incidents WHERE id = $1 FOR UPDATE', [incidentId]);
    const { rows } = await client.query(
      `SELECT i.priority, i.district, i.minors, i.cross_border, array_agg(t.text ORDER BY t.received_at) AS texts,
              (array_agg(t.location ORDER BY t.received_at) FILTER (WHERE t.location IS NOT NULL))[1] AS location,
              (SELECT coalesce(jsonb_agg(DISTINCT x), '[]') FROM tips tt, jsonb_array_elements_text(tt.triage->'indicators') x
                WHERE tt.incident_id = i.id) AS indicators
         FROM incidents i JOIN tips t ON t.incident_id = i.id WHERE i.id = $1 GROUP BY i.id`,
      [incidentId],
    );
    const current = rows[0];
    const whole = triage({ text: current.texts.join('\n'), channel, location: current.location ?? undefined });
    const merged = mergeVerdict(
      { priority: current.priority, district: current.district, minors: current.minors, crossBorder: current.cross_border, indicators: current.indicators },
      whole,
    );
    await client.query(
      `UPDATE incidents SET priority = $2, district = $3, minors = $4, cross_border = $5, summary = $6,
              state = CASE WHEN state = 'review' AND $2 <> 'P4' THEN 'triggered' ELSE state END, updated_at = now()
        WHERE id = $1`,
      [incidentId, merged.priority, merged.district, merged.minors, merged.crossBorder, summarise(merged.indicators, merged.minors, merged.crossBorder)],
    );
  }

  /**
   * `incidents.opened` for an incident this tip opened; for a follow-up `incidents.updated`, and
   * `incidents.opened` again while a dispatchable incident has no policy yet (it was in review):
   * dispatch starts escalating from it, and does nothing for an incident it already started.
   */
  private async announce(tip: TipReceived, incidentId: string, opened?: IncidentRow): Promise<void> {
    const incident =
      opened ??
      (await this.db.one<IncidentRow>(
        `SELECT id, state, priority, district, minors, cross_border, summary, opened_at, policy FROM incidents WHERE id = $1`,
        [incidentId],
      ));
    if (!incident) return;
    const event: IncidentOpened = {
      incidentId,
      tipId: tip.tipId,
      priority: incident.priority,
      district: incident.district,
      minors: incident.minors,
      crossBorder: incident.cross_border,
      summary: incident.summary,
      openedAt: new Date(incident.opened_at).toISOString(),
    };
    if (incidentId === newIncidentId(tip)) {
      await this.publisher.publish(Subjects.incidentOpened, event, `opened-${incidentId}`);
      return;
    }
    await this.publisher.publish(Subjects.incidentUpdated, event, `followed-${tip.tipId}`);
    const dispatchable = incident.state === 'triggered' && incident.priority !== 'P4' && !incident.policy;
    if (dispatchable) await this.publisher.publish(Subjects.incidentOpened, event, `opened-${incidentId}-${tip.tipId}`);
  }
}

function newIncidentId(tip: TipReceived): string {
  return incidentIdOfTip(tip.tipId);
}
