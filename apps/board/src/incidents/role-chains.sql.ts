/**
 * Each role chain of an incident as the board shows it: its state and deadline, who accepted (a
 * responder, or a board user who accepted on someone's behalf) and who was paged, latest page first.
 * `incidentId` is an SQL expression.
 */
export function roleChainsOf(incidentId: string): string {
  return `SELECT r.role, r.required, r.state, r.step, r.deadline_at AS "deadlineAt", r.accepted_by AS "acceptedBy",
        COALESCE(ap.name, au.name) AS "acceptedByName", r.accepted_at AS "acceptedAt", r.arrived_at AS "arrivedAt",
        COALESCE((SELECT json_agg(pg ORDER BY pg.step DESC, pg.name) FROM (
            SELECT DISTINCT ON (a.responder_id) a.responder_id AS "responderId", p.name, p.organization, a.state, a.step
              FROM alerts a JOIN responders p ON p.id = a.responder_id
             WHERE a.incident_id = r.incident_id AND a.role = r.role AND a.kind = 'page'
             ORDER BY a.responder_id, a.step DESC, a.updated_at DESC) pg), '[]'::json) AS paged
   FROM incident_roles r
   LEFT JOIN responders ap ON ap.id = r.accepted_by
   LEFT JOIN users au ON 'user-' || au.id = r.accepted_by
  WHERE r.incident_id = ${incidentId}`;
}
