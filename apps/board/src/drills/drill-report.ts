import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Database } from '@rescue/persistence';

/** What one paged person did in a drill. `secondsToAnswer` runs from their first page. */
export interface DrillResponder {
  responderId: string;
  name: string;
  organization: string;
  role: string;
  /** Paged for a required role (an answer was expected), not only informed. */
  required: boolean;
  step: number;
  pagedAt: string;
  pagedOn: string[];
  answer: { kind: 'accepted' | 'declined' | 'accept-late'; at: string; channel: string | null; secondsToAnswer: number } | null;
  arrivedAt: string | null;
}

export interface DrillReport {
  incidentId: string;
  caseRef: string;
  district: string;
  priority: string;
  state: string;
  startedAt: string;
  endedAt: string | null;
  startedBy: string | null;
  roles: { role: string; required: boolean; state: string; acceptedBy: string | null; secondsToAccept: number | null }[];
  responders: DrillResponder[];
  /** Paged for a required role and never answered (not even too late). */
  neverAnswered: string[];
}

const ANSWERS = ['accepted', 'declined', 'accept-late'];
/** Who started drill `i` (its first timeline entry says). */
const STARTED_BY = `(SELECT e.detail->>'byName' FROM timeline e WHERE e.incident_id = i.id AND e.kind = 'drill-started' LIMIT 1)`;
const seconds = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 100) / 10;

/**
 * The drill report: who was paged, who answered, how fast and by which channel, and who never did.
 * From the drill's own alerts and timeline: the answers are the ones dispatch recorded as they came.
 */
@Injectable()
export class DrillReports {
  constructor(@Inject(Database) private readonly db: Database) {}

  async list() {
    return this.db.query(
      `SELECT i.id AS "incidentId", i.case_ref AS "caseRef", i.district, i.priority, i.state, i.opened_at AS "startedAt",
              i.resolved_at AS "endedAt",
              ${STARTED_BY} AS "startedBy",
              (SELECT count(DISTINCT a.responder_id)::int FROM alerts a WHERE a.incident_id = i.id AND a.kind = 'page' AND a.state <> 'cancelled') AS paged,
              (SELECT count(DISTINCT e.detail->>'responderId')::int FROM timeline e
                WHERE e.incident_id = i.id AND e.kind = ANY($1)) AS answered
         FROM incidents i WHERE i.drill ORDER BY i.opened_at DESC LIMIT 200`,
      [ANSWERS],
    );
  }

  async report(incidentId: string): Promise<DrillReport> {
    const incident = await this.db.one<any>(
      `SELECT i.id, i.case_ref, i.district, i.priority, i.state, i.opened_at, i.resolved_at,
              ${STARTED_BY} AS started_by
         FROM incidents i WHERE i.id = $1 AND i.drill`,
      [incidentId],
    );
    if (!incident) throw new NotFoundException(`no drill ${incidentId}`);
    const [pages, answers, roles] = await Promise.all([
      this.db.query<any>(
        `SELECT a.responder_id, coalesce(r.name, a.responder_id) AS name, coalesce(r.organization, '') AS organization, a.role,
                coalesce((SELECT ir.required FROM incident_roles ir WHERE ir.incident_id = $1 AND ir.role = a.role), true) AS required,
                min(a.step) AS step, min(a.created_at) AS paged_at, array_agg(DISTINCT a.channel ORDER BY a.channel) AS channels
           FROM alerts a LEFT JOIN responders r ON r.id = a.responder_id
          WHERE a.incident_id = $1 AND a.kind = 'page' AND a.state <> 'cancelled'
          GROUP BY a.responder_id, r.name, r.organization, a.role ORDER BY min(a.created_at), a.responder_id`,
        [incidentId],
      ),
      this.db.query<{ kind: string; at: Date; responder_id: string; channel: string | null }>(
        `SELECT e.kind, e.at, e.detail->>'responderId' AS responder_id, e.detail->>'channel' AS channel
           FROM timeline e WHERE e.incident_id = $1 AND e.kind = ANY($2) ORDER BY e.at, e.id`,
        [incidentId, [...ANSWERS, 'arrived']],
      ),
      this.db.query<any>(
        `SELECT role, required, state, accepted_by, accepted_at FROM incident_roles WHERE incident_id = $1 ORDER BY role`,
        [incidentId],
      ),
    ]);
    const responders: DrillResponder[] = pages.map((p) => {
      const answer = answers.find((a) => a.responder_id === p.responder_id && ANSWERS.includes(a.kind));
      const arrived = answers.find((a) => a.responder_id === p.responder_id && a.kind === 'arrived');
      const pagedAt = new Date(p.paged_at);
      return {
        responderId: p.responder_id, name: p.name, organization: p.organization, role: p.role, required: p.required, step: p.step,
        pagedAt: pagedAt.toISOString(), pagedOn: p.channels,
        answer: answer
          ? { kind: answer.kind as 'accepted', at: new Date(answer.at).toISOString(), channel: answer.channel, secondsToAnswer: seconds(pagedAt, new Date(answer.at)) }
          : null,
        arrivedAt: arrived ? new Date(arrived.at).toISOString() : null,
      };
    });
    const opened = new Date(incident.opened_at);
    return {
      incidentId: incident.id, caseRef: incident.case_ref, district: incident.district, priority: incident.priority, state: incident.state,
      startedAt: opened.toISOString(), endedAt: incident.resolved_at ? new Date(incident.resolved_at).toISOString() : null,
      startedBy: incident.started_by,
      roles: roles.map((r) => ({
        role: r.role, required: r.required, state: r.state, acceptedBy: r.accepted_by,
        secondsToAccept: r.accepted_at ? seconds(opened, new Date(r.accepted_at)) : null,
      })),
      responders,
      neverAnswered: [...new Set(responders.filter((r) => r.required && !r.answer).map((r) => r.responderId))],
    };
  }
}
