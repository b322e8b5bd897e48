import { PoolClient } from 'pg';
import { TipReceived } from '@rescue/contracts';
import { correlate, extractCaseReference, OpenIncident, TriageResult } from '@rescue/domain';

/**
 * The open incident a tip continues, by case reference: the one its reporter was given (public
 * channels: intake gives every piece of a report the same reference) or one quoted in its text.
 * Text similarity across different reporters is left to coordinators: it would merge distinct
 * hotline cases from the same street.
 */
export async function incidentForReference(client: PoolClient, tip: TipReceived, verdict: TriageResult): Promise<string | undefined> {
  const references = caseReferences(tip);
  if (!references.length) return undefined;
  const { rows } = await client.query(
    `SELECT i.id, i.district, i.priority, i.opened_at, i.case_ref,
            COALESCE(max(t.received_at), i.opened_at) AS last_tip_at,
            array_remove(array_agg(DISTINCT t.reporter_key), NULL) AS reporter_keys,
            array_remove(array_agg(t.text), NULL) AS texts
       FROM incidents i LEFT JOIN tips t ON t.incident_id = i.id
      WHERE i.case_ref = ANY($1) AND i.state IN ('triggered', 'acknowledged', 'review')
      GROUP BY i.id`,
    [references],
  );
  const open: OpenIncident[] = rows.map((r) => ({
    incidentId: r.id, district: r.district, priority: r.priority, openedAt: r.opened_at, lastTipAt: r.last_tip_at,
    reporterKeys: r.reporter_keys, caseRef: r.case_ref, texts: r.texts,
  }));
  const match = correlate(
    { text: tip.text, district: verdict.district, reporterKey: tip.reporterKey, caseRef: references[0], receivedAt: new Date(tip.receivedAt), triage: verdict },
    open,
  );
  return match?.incidentId;
}

/** The case references a tip carries: the one its reporter was given, and one quoted in its text. */
export function caseReferences(tip: TipReceived): string[] {
  return [tip.caseRef, extractCaseReference(tip.text)].filter((r): r is string => !!r);
}
