import { Queryable } from '@rescue/persistence';

/**
 * Appends to an incident's timeline once per `eventKey` within the incident, so a replayed event is
 * recorded once. (Keys are unique across incidents, hence the incident id in front.)
 */
export async function recordTimeline(db: Queryable, incidentId: string, eventKey: string, kind: string, detail: object = {}) {
  await db.query(
    `INSERT INTO timeline (incident_id, event_key, kind, detail) VALUES ($1, $2, $3, $4) ON CONFLICT (event_key) DO NOTHING`,
    [incidentId, `${incidentId}/${eventKey}`, kind, detail],
  );
}
