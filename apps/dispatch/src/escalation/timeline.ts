import { Queryable } from '@rescue/persistence';

/** Appends to an incident's timeline once per `eventKey`, so a replayed event is recorded once. */
export async function recordTimeline(db: Queryable, incidentId: string, eventKey: string, kind: string, detail: object = {}) {
  await db.query(
    `INSERT INTO timeline (incident_id, event_key, kind, detail) VALUES ($1, $2, $3, $4) ON CONFLICT (event_key) DO NOTHING`,
    [incidentId, eventKey, kind, detail],
  );
}
