import { PoolClient } from 'pg';
import { TipReceived } from '@rescue/contracts';
import { Correlation, correlate, extractCaseReference, OpenIncident, TriageResult } from '@rescue/domain';

/**
 * The open incident a tip continues, and why: the one whose case reference it carries (its
 * reporter was given one) or quotes, the one its reporter wrote to within the window, or one of the
 * same district within the window that names the same venue, person or specific place. The caller
 * holds the district's lock, so two callers about one bar a minute apart make one incident.
 */
export async function incidentToJoin(
  client: PoolClient,
  tip: TipReceived,
  verdict: TriageResult,
  windowMinutes: number,
): Promise<Correlation | undefined> {
  const references = caseReferences(tip);
  const district = verdict.district !== 'unknown' ? verdict.district : null;
  if (!references.length && !district) return undefined;
  const { rows } = await client.query(
    `SELECT i.id, i.district, i.priority, i.opened_at, i.case_ref,
            COALESCE(max(t.received_at), i.opened_at) AS last_tip_at,
            array_remove(array_agg(DISTINCT t.reporter_key), NULL) AS reporter_keys,
            array_remove(array_agg(t.text), NULL) AS texts
       FROM incidents i LEFT JOIN tips t ON t.incident_id = i.id
      WHERE i.state IN ('triggered', 'acknowledged', 'review')
        AND (i.case_ref = ANY($1) OR (i.district = $2 AND i.updated_at > $3::timestamptz - make_interval(mins => $4)))
      GROUP BY i.id`,
    [references, district, tip.receivedAt, windowMinutes],
  );
  const open: OpenIncident[] = rows.map((r) => ({
    incidentId: r.id, district: r.district, priority: r.priority, openedAt: r.opened_at, lastTipAt: r.last_tip_at,
    reporterKeys: r.reporter_keys, caseRef: r.case_ref, texts: r.texts,
  }));
  const match = correlate(
    { text: tip.text, district: verdict.district, reporterKey: tip.reporterKey, caseRef: references[0], receivedAt: new Date(tip.receivedAt), triage: verdict },
    open,
    { windowMinutes },
  );
  return match ?? undefined;
}

/** The case references a tip carries: the one its reporter was given, and one quoted in its text. */
export function caseReferences(tip: TipReceived): string[] {
  return [tip.caseRef, extractCaseReference(tip.text)].filter((r): r is string => !!r);
}
