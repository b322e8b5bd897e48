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

/** Several entries of one incident in one statement (same once-per-key rule). */
export async function recordTimelineMany(db: Queryable, incidentId: string, entries: { key: string; kind: string; detail: object }[]) {
  if (!entries.length) return;
  await db.query(
    `INSERT INTO timeline (incident_id, event_key, kind, detail)
     SELECT $1, e.key, e.kind, e.detail FROM unnest($2::text[], $3::text[], $4::jsonb[]) AS e(key, kind, detail)
     ON CONFLICT (event_key) DO NOTHING`,
    [incidentId, entries.map((e) => `${incidentId}/${e.key}`), entries.map((e) => e.kind), entries.map((e) => JSON.stringify(e.detail))],
  );
}
