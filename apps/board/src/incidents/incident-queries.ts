import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Database } from '@rescue/persistence';
import { BoardUser } from '../auth/sessions';

const SEES_ALL = new Set(['admin', 'coordinator']);

/** An incident is visible to coordinators and admins, and to users of an organisation it paged. */
const VISIBLE = `($2::text IS NULL OR EXISTS (
  SELECT 1 FROM alerts va JOIN responders vr ON vr.id = va.responder_id
   WHERE va.incident_id = i.id AND vr.organization = $2))`;

@Injectable()
export class IncidentQueries {
  constructor(@Inject(Database) private readonly db: Database) {}

  private scope(user: BoardUser): string | null {
    return SEES_ALL.has(user.role) ? null : (user.organization ?? '-');
  }

  async list(user: BoardUser, status: string | undefined) {
    const states = status === 'open' ? ['triggered', 'acknowledged'] : status ? [status] : ['triggered', 'acknowledged', 'resolved', 'review'];
    return this.db.query(
      `SELECT i.id, i.state, i.priority, i.district, i.minors, i.cross_border AS "crossBorder", i.summary,
              i.case_ref AS "caseRef", i.opened_at AS "openedAt", i.updated_at AS "updatedAt",
              COALESCE(max(r.step), 0) AS step, min(r.deadline_at) FILTER (WHERE r.state = 'pending') AS "nextDeadlineAt",
              COALESCE(json_agg(json_build_object('role', r.role, 'required', r.required, 'state', r.state, 'step', r.step,
                 'acceptedBy', r.accepted_by, 'deadlineAt', r.deadline_at) ORDER BY r.role) FILTER (WHERE r.role IS NOT NULL), '[]') AS roles
         FROM incidents i LEFT JOIN incident_roles r ON r.incident_id = i.id
        WHERE i.state = ANY($1) AND ${VISIBLE}
        GROUP BY i.id
        ORDER BY i.priority, i.opened_at
        LIMIT 1000`,
      [states, this.scope(user)],
    );
  }

  async get(user: BoardUser, id: string) {
    const incident = await this.db.one(
      `SELECT i.id, i.state, i.priority, i.district, i.minors, i.cross_border AS "crossBorder", i.summary,
              i.case_ref AS "caseRef", i.opened_at AS "openedAt", i.updated_at AS "updatedAt", i.resolved_at AS "resolvedAt",
              i.outcome, i.policy->>'id' AS "policyId", ${VISIBLE} AS visible
         FROM incidents i WHERE i.id = $1`,
      [id, this.scope(user)],
    );
    if (!incident) throw new NotFoundException(`no incident ${id}`);
    if (!incident.visible) throw new ForbiddenException('this incident is not shared with your organisation');
    delete incident.visible;
    const [roles, alerts, timeline, tips] = await Promise.all([
      this.db.query(
        `SELECT r.role, r.required, r.state, r.step, r.deadline_at AS "deadlineAt", r.accepted_by AS "acceptedBy",
                p.name AS "acceptedByName", r.accepted_at AS "acceptedAt", r.arrived_at AS "arrivedAt"
           FROM incident_roles r LEFT JOIN responders p ON p.id = r.accepted_by WHERE r.incident_id = $1 ORDER BY r.role`,
        [id],
      ),
      this.db.query(
        `SELECT a.id, a.role, a.step, a.responder_id AS "responderId", p.name, p.organization, a.channel,
                a.to_address AS "to", a.kind, a.code, a.state, a.delivery_status AS "deliveryStatus",
                a.delivery_error AS "deliveryError", a.created_at AS "createdAt", a.updated_at AS "updatedAt"
           FROM alerts a JOIN responders p ON p.id = a.responder_id WHERE a.incident_id = $1 ORDER BY a.created_at, a.id`,
        [id],
      ),
      this.db.query(`SELECT at, kind, detail FROM timeline WHERE incident_id = $1 ORDER BY at, id`, [id]),
      this.db.query(
        `SELECT id AS "tipId", received_at AS "receivedAt", channel, language, text, triage FROM tips WHERE incident_id = $1 ORDER BY received_at`,
        [id],
      ),
    ]);
    const step = roles.reduce((max: number, r: { step: number }) => Math.max(max, r.step), 0);
    return { ...incident, step, roles, alerts, timeline, tips };
  }

  async tip(user: BoardUser, tipId: string) {
    const tip = await this.db.one(`SELECT id, incident_id, triage FROM tips WHERE id = $1`, [tipId]);
    if (!tip) throw new NotFoundException(`no tip ${tipId} (yet: triage may still be working on it)`);
    await this.get(user, tip.incident_id); // same visibility as its incident
    const t = tip.triage ?? {};
    return {
      tipId: tip.id,
      incidentId: tip.incident_id,
      triage: { priority: t.priority, district: t.district, minors: t.minors, crossBorder: t.crossBorder, indicators: t.indicators, explanation: t.explanation },
    };
  }
}
